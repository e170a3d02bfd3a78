using System.Collections.Immutable;
using KubeLint.Core.Fixes;

namespace KubeLint.Core.Rules.Api;

/// <summary>Fixes KL1006 by changing the apiVersion to the served one its message advises, when that
/// move is the apiVersion alone or with a workload's selector (<see cref="ApiVersionMoves"/>).</summary>
internal sealed class KL1006ApiNotServedFixProvider : CodeFixProvider
{
    public const string RenameKey = "KL1006.Rename";

    public override ImmutableArray<string> FixableDiagnosticIds => [KL1006ApiNotServedAnalyzer.Rule.Id];

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        if (context.Diagnostic.Properties.TryGetValue(KL1006ApiNotServedAnalyzer.ReplacementProperty, out var replacement)
            && ApiVersionMoves.For(context, replacement, RenameKey) is { } fix)
        {
            yield return fix;
        }
    }
}
