using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Input;

/// <summary>KL0008: what <c>kubectl kustomize</c> itself refuses to build (a missing resource, a cycle of
/// kustomizations, one object added twice, a generator merging into nothing). The entry is left out and the rest is
/// built, so the other findings still come.</summary>
internal sealed class KL0008KustomizationCannotBeBuiltAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL0008",
        "kustomization cannot be built",
        "kustomize cannot build this: {0}",
        RuleCategories.Input,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterDocumentAction(ctx =>
        {
            foreach (var note in ctx.File.KustomizeNotes ?? [])
            {
                if (note.CannotBuild)
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.File, note.Span), note.Message));
                }
            }
        });
}
