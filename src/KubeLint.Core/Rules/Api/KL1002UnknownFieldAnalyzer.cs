using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Api;

/// <summary>KL1002: a field that no Kubernetes version (or the CustomResourceDefinition) knows; found by the shared schema walk (<see cref="FieldChecks"/>).</summary>
internal sealed class KL1002UnknownFieldAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL1002",
        "Unknown field",
        "{0}",
        RuleCategories.Api,
        DiagnosticSeverity.Error);

    /// <summary>The field name <see cref="KL1002UnknownFieldFixProvider"/> renames the key to.</summary>
    public const string SuggestionProperty = "suggestion";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            foreach (var finding in FieldChecks.For(ctx, ctx.Object, FieldProblem.Unknown))
            {
                var diagnostic = Diagnostic.Create(Rule, Location.Of(ctx.Object, finding.Node), ctx.Object, null, finding.Message);
                ctx.ReportDiagnostic(finding.Suggestion is { } name ? diagnostic.WithProperty(SuggestionProperty, name) : diagnostic);
            }
        });
}
