using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Input;

/// <summary>KL0007: a kustomization asks for something the in-process build does not do (a field such as
/// <c>replacements</c> or <c>helmCharts</c>, a patch until patches are applied, a remote resource, which is never
/// fetched). The rest of the kustomization is built and linted; this says what was left out.</summary>
internal sealed class KL0007KustomizeFeatureNotBuiltAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL0007",
        "kustomize feature not built",
        "{0}",
        RuleCategories.Input,
        DiagnosticSeverity.Info);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(ctx =>
        {
            foreach (var note in ctx.File.KustomizeNotes ?? [])
            {
                if (!note.CannotBuild)
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.File, note.Span), note.Message));
                }
            }
        });
}
