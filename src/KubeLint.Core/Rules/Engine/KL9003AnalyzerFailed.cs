using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Engine;

/// <summary>KL9003: a rule threw while checking an object; the run goes on without that rule's result there.</summary>
/// <remarks>Reported by the engine itself; this class only declares the descriptor.</remarks>
internal sealed class KL9003AnalyzerFailed : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL9003",
        "A rule failed",
        "rule {0} failed on {1}: {2}",
        RuleCategories.Engine,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
    }
}
