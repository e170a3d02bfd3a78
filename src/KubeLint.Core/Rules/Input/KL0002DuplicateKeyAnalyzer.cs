using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Rules.Input;

/// <summary>KL0002: a key repeated in one mapping; the apiserver's strict decoding rejects it, and lenient tools keep only one value.</summary>
internal sealed class KL0002DuplicateKeyAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL0002",
        "Duplicate key in a mapping",
        "duplicate key \"{0}\": the first stands at line {1}; the apiserver rejects duplicate fields, other tools keep only one value",
        RuleCategories.Input,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(ctx =>
        {
            foreach (var duplicate in ctx.File.DuplicateKeys)
            {
                var first = Location.Of(ctx.File, duplicate.FirstSpan);
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.File, duplicate.Span), (KubeObject?)null, [first], duplicate.Key, duplicate.FirstSpan.Start.Line));
            }
        });
}
