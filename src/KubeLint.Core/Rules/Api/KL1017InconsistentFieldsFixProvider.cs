using System.Collections.Immutable;
using KubeLint.Core.Fixes;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Api;

/// <summary>Fixes the KL1017 findings that name a field to remove (a Deployment's, StatefulSet's, DaemonSet's or
/// ReplicaSet's template restartPolicy of Never or OnFailure, which the apiserver refuses): the field goes, so it
/// defaults to Always, the only policy a controller that keeps its pods running accepts. Other KL1017 findings get no fix.</summary>
internal sealed class KL1017InconsistentFieldsFixProvider : CodeFixProvider
{
    public const string RemoveKey = "KL1017.Remove";

    public override ImmutableArray<string> FixableDiagnosticIds => [KL1017InconsistentFieldsAnalyzer.Rule.Id];

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        var diagnostic = context.Diagnostic;
        if (!diagnostic.Properties.TryGetValue(KL1017InconsistentFieldsAnalyzer.RemoveProperty, out var path)
            || context.Object is not { } obj
            || path.LastIndexOf('.') is var dot && dot < 0
            || obj.Root.MappingAt(path.AsSpan(0, dot)) is not { } parent
            || !parent.TryGetEntry(path.AsSpan(dot + 1), out var entry) || entry.Value.Span != diagnostic.Location.Span
            || EntrySite.Find(context.File, entry.Key.Span) is not { } site
            || BlockEntries.Remove(context, site) is not { } removal)
        {
            yield break;
        }

        yield return new CodeFix($"Remove {entry.Key.Value} (it defaults to Always)", RemoveKey, [removal]);
    }
}
