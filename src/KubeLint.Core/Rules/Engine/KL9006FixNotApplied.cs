using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Engine;

/// <summary>KL9006: <c>kubelint fix</c> left a file as it was, because its fixed text would not parse again.</summary>
/// <remarks>Reported by the fix command (<see cref="KubeLint.Core.Fixes.FixRunner"/>); this class only declares the descriptor.</remarks>
internal sealed class KL9006FixNotApplied : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL9006",
        "Fix not applied",
        "the fixes for this file were not applied: the fixed text would not parse ({0}); the file is left as it was",
        RuleCategories.Engine,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
    }
}
