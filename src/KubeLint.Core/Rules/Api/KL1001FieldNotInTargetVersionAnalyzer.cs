using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Api;

/// <summary>KL1001: a field that exists in other Kubernetes versions but not in the target; found by the shared schema walk (<see cref="FieldChecks"/>).</summary>
internal sealed class KL1001FieldNotInTargetVersionAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL1001",
        "Field not available in the target Kubernetes version",
        "{0}",
        RuleCategories.Api,
        DiagnosticSeverity.Error);

    /// <summary>Another apiVersion of the kind that has the field at the target: moving there keeps it, so
    /// <see cref="KL1001FieldNotInTargetVersionFixProvider"/> offers no removal.</summary>
    public const string ServedByProperty = "servedBy";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            foreach (var finding in FieldChecks.For(ctx, ctx.Object, FieldProblem.NotInTarget))
            {
                var diagnostic = Diagnostic.Create(Rule, Location.Of(ctx.Object, finding.Node), ctx.Object, null, finding.Message);
                ctx.ReportDiagnostic(finding.ServedBy is { } apiVersion ? diagnostic.WithProperty(ServedByProperty, apiVersion) : diagnostic);
            }
        });
}
