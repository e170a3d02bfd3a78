using System.Collections.Immutable;
using KubeLint.Core.Fixes;

namespace KubeLint.Core.Rules.Api;

/// <summary>Fixes KL1007 by moving to the replacement the target serves, as KL1006's fix moves (<see cref="ApiVersionMoves"/>):
/// the apiVersion alone, or with a workload's selector from its template's labels.</summary>
internal sealed class KL1007DeprecatedApiFixProvider : CodeFixProvider
{
    public const string MoveKey = "KL1007.Move";

    public override ImmutableArray<string> FixableDiagnosticIds => [KL1007DeprecatedApiAnalyzer.Rule.Id];

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        if (context.Diagnostic.Properties.TryGetValue(KL1007DeprecatedApiAnalyzer.ReplacementProperty, out var replacement)
            && ApiVersionMoves.For(context, replacement, MoveKey) is { } fix)
        {
            yield return fix;
        }
    }
}
