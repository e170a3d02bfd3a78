using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Analysis;

/// <summary>Runs a container action on the containers of one workload object: those of the asked roles
/// whose names the rule's <c>ignoredContainers</c> option does not list.</summary>
internal sealed class ContainerActions(string ruleId, ContainerRole[]? roles, Action<ContainerAnalysisContext> action)
{
    /// <summary>The option every container rule understands; a rule lists it in its descriptor's options.</summary>
    public static readonly RuleOption<IReadOnlyList<string>> IgnoredContainers = RuleOption.StringList("ignoredContainers", "container names not to check");

    /// <summary>Whether <paramref name="ignored"/> (an <see cref="IgnoredContainers"/> value) names the container.</summary>
    public static bool Lists(IReadOnlyList<string> ignored, PodContainer container) =>
        ignored.Count > 0 && container.Name is { } name && ignored.Contains(name, StringComparer.Ordinal);

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
            ignored ??= ctx.Options.GetListOption(ruleId, IgnoredContainers.Name, ctx.Object.File);
            if (Lists(ignored, container))
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
