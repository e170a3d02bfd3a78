using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Engine;

/// <summary>KL9004: a custom rule that declares a KL ID; those are reserved for built-in rules, so the rule is not run.</summary>
internal sealed class KL9004ReservedRuleId : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL9004",
        "Custom rule uses a reserved KL ID",
        "custom rule {0} declares {1}, but KL IDs are reserved for KubeLint's own rules; the rule is not run (choose a prefix of your own, e.g. ACME0001)",
        RuleCategories.Engine,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
    }
}
