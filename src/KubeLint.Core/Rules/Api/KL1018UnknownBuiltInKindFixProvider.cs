using System.Collections.Immutable;
using KubeLint.Core.Fixes;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Api;

/// <summary>Fixes KL1018 by renaming the kind to the one kind of its apiVersion it is a case-only or unambiguous
/// misspelling of (<c>kind: configmap</c> → <c>ConfigMap</c>), keeping its quotes; none when two kinds are as close.</summary>
internal sealed class KL1018UnknownBuiltInKindFixProvider : CodeFixProvider
{
    public const string RenameKey = "KL1018.Rename";

    public override ImmutableArray<string> FixableDiagnosticIds => [KL1018UnknownBuiltInKindAnalyzer.Rule.Id];

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        if (context.Diagnostic.Properties.TryGetValue(KL1018UnknownBuiltInKindAnalyzer.SuggestionProperty, out var kind)
            && context.Object?.Root["kind"] is YScalar scalar && scalar.Span == context.Diagnostic.Location.Span
            && ScalarEdits.ReplaceValue(context, scalar, kind) is { } edit)
        {
            yield return new CodeFix($"Change kind to {kind}", RenameKey, [edit]);
        }
    }
}
