using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Rules.CrossObject;

namespace KubeLint.Core.Rules.Api;

/// <summary>KL1005: an object without a field its schema requires; found by the shared schema walk (<see cref="FieldChecks"/>).</summary>
public sealed class KL1005RequiredFieldMissingAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL1005",
        "Required field missing",
        "{0}",
        RuleCategories.Api,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(ctx =>
        {
            foreach (var finding in FieldChecks.For(ctx, ctx.Object, FieldProblem.MissingRequired))
            {
                if (IsMissingWorkloadSelector(ctx, finding))
                {
                    continue; // KL3003 reports it, with the template labels to copy.
                }

                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, finding.Node), ctx.Object, null, finding.Message));
            }
        });

    /// <summary>
    /// A workload selector that KL3003 reports. An apiVersion that defaulted it (extensions/v1beta1) but is
    /// not served at the target is checked against its replacement, which requires it: KL3003 is silent
    /// there, so the finding stays here.
    /// </summary>
    private static bool IsMissingWorkloadSelector(ObjectAnalysisContext ctx, FieldFinding finding) =>
        finding.Field == "spec.selector"
        && ctx.Object.Kind is "Deployment" or "ReplicaSet" or "StatefulSet" or "DaemonSet"
        && ctx.Object.Group is "apps" or "extensions"
        && KL3003SelectorRequiredAnalyzer.RequiresSelector(ctx.Object);
}
