using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Input;

/// <summary>KL0001: input that does not load — YAML syntax, binary data, invalid UTF-8, past a size, depth or alias limit.</summary>
internal sealed class KL0001InvalidYamlAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL0001",
        "Input does not parse",
        "{0}",
        RuleCategories.Input,
        DiagnosticSeverity.Error,
        description: "The file is not valid YAML or JSON text, or it passes a load limit; the document that failed is not checked further.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(ctx =>
        {
            foreach (var problem in ctx.File.Problems)
            {
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.File, problem.Span), problem.Message));
            }
        });
}
