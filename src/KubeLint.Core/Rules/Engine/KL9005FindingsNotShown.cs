using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Engine;

/// <summary>KL9005: a file or the run reached its cap on findings; the rest are counted per rule, not shown.</summary>
/// <remarks>Reported by the engine itself (<see cref="KubeLint.Core.Engine.FindingLimits"/>); this class only declares the descriptor.</remarks>
internal sealed class KL9005FindingsNotShown : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL9005",
        "Findings not shown",
        "{0} more findings not shown ({1}): {2} reached its limit of {3}; set {4} in .kubelint.yaml to see more",
        RuleCategories.Engine,
        DiagnosticSeverity.Info);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
    }
}
