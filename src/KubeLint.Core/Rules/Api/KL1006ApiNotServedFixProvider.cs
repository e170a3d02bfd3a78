using System.Collections.Immutable;
using KubeLint.Core.Fixes;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Api;

/// <summary>Fixes KL1006 by changing the apiVersion to the served one its message advises, when that
/// move is the apiVersion alone (<see cref="PlainApiVersionRenames"/>); fields the new version lacks are
/// KL1001's to fix on the next pass.</summary>
public sealed class KL1006ApiNotServedFixProvider : CodeFixProvider
{
    public const string RenameKey = "KL1006.Rename";

    public override ImmutableArray<string> FixableDiagnosticIds => [KL1006ApiNotServedAnalyzer.Rule.Id];

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        var diagnostic = context.Diagnostic;
        if (!diagnostic.Properties.TryGetValue(KL1006ApiNotServedAnalyzer.ReplacementProperty, out var replacement)
            || diagnostic.Object is not { } obj
            || obj.Root.TryGetEntry("apiVersion", out var entry) is false
            || entry.Value is not YScalar value || value.Span != diagnostic.Location.Span
            || !PlainApiVersionRenames.IsPlain(obj.Kind, obj.ApiVersion, replacement, obj.Root.GetMapping("spec")?["selector"] is YMapping { Count: > 0 }))
        {
            yield break;
        }

        if (ScalarEdits.ReplaceValue(context, value, replacement) is { } edit)
        {
            yield return new CodeFix($"Change apiVersion to {replacement}", RenameKey, [edit]);
        }
    }
}
