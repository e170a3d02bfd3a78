using KubeLint.Core.Model;

namespace KubeLint.Core.Analysis;

/// <summary>Runs a container action on the containers of one workload object: those of the asked roles
/// whose names the rule's <c>ignoredContainers</c> option does not list.</summary>
internal sealed class ContainerActions(string ruleId, ContainerRole[]? roles, Action<ContainerAnalysisContext> action)
{
    /// <summary>The option every container rule understands, by name.</summary>
    public const string IgnoredContainers = "ignoredContainers";

    public void Run(ObjectAnalysisContext ctx)
    {
        IReadOnlyList<string>? ignored = null;
        foreach (var container in PodContainers.Of(ctx.Object))
        {
            if (!Wanted(container.Role))
            {
                continue;
            }

            // Read once per object, and only when it has a container to ask about.
            ignored ??= ctx.Options.GetListOption(ruleId, IgnoredContainers, ctx.Object.File);
            if (ignored.Count > 0 && container.Name is { } name && ignored.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            action(new ContainerAnalysisContext(ctx, container));
        }
    }

    /// <summary>Whether the action asked for the role (no roles: every one).</summary>
    /// <remarks>A loop, not <c>Array.IndexOf</c> over an enum of ours: see ColdStartJitTests.</remarks>
    private bool Wanted(ContainerRole role)
    {
        if (roles is null || roles.Length == 0)
        {
            return true;
        }

        foreach (var wanted in roles)
        {
            if (wanted == role)
            {
                return true;
            }
        }

        return false;
    }
}
