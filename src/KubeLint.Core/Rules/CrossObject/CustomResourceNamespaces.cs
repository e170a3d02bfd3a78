using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Model;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>
/// The first custom resource (an object of a group no built-in API serves, configuration files aside) of each
/// namespace among the inputs. An operator watching it may create pods the inputs do not hold, so a selector that
/// matches nothing there is less sure. Built once per run, on the first selector finding that asks.
/// </summary>
internal sealed class CustomResourceNamespaces
{
    private static readonly RunFact<CustomResourceNamespaces> Fact = new(run => new CustomResourceNamespaces(run.Workspace.Index));

    private readonly Dictionary<string, ObjectRecord> _first = new(StringComparer.Ordinal);

    private CustomResourceNamespaces(ObjectIndex index)
    {
        foreach (var obj in index.Records)
        {
            if (obj.Group.Length > 0 && !ApiCatalog.Default.IsBuiltInGroup(obj.Group) && !obj.IsConfigurationFile)
            {
                _first.TryAdd(obj.EffectiveNamespace, obj);
            }
        }
    }

    /// <summary>A custom resource of the namespace, or null when the inputs hold none there or are declared complete.</summary>
    public static ObjectRecord? MayCreatePods(ActionContext ctx, string ns) =>
        ctx.Options.InputsComplete ? null : ctx.Run.Get(Fact)._first.GetValueOrDefault(ns);

    /// <summary>The message's clause for it.</summary>
    public static string Hint(ObjectRecord resource) =>
        $"; the inputs hold the custom resource {resource.DisplayName} ({resource.ApiVersion}) in this namespace, whose operator may create the pods";
}
