using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Engine;

/// <summary>KL9002: a custom rule file that does not compile; reported by the custom rule loader.</summary>
internal sealed class KL9002CustomRuleCompileError : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL9002",
        "Custom rule does not compile",
        "custom rule does not compile: {0}",
        RuleCategories.Engine,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
    }
}
