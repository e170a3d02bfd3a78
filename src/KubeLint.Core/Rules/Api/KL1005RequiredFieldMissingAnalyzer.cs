using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Rules.CrossObject;

namespace KubeLint.Core.Rules.Api;

/// <summary>KL1005: an object without a field its schema requires; found by the shared schema walk (<see cref="FieldChecks"/>).</summary>
internal sealed class KL1005RequiredFieldMissingAnalyzer : KubeAnalyzer
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

                if (IsDefaultedRoleRefGroup(ctx, finding))
                {
                    continue;
                }

                ctx.Report(Rule, finding.Node, finding.Message);
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

    /// <summary>
    /// A binding's <c>roleRef.apiGroup</c>: the OpenAPI documents before 1.36 call it required, but the apiserver
    /// fills an empty one with rbac.authorization.k8s.io before validating (pkg/apis/rbac/v1/defaults.go:
    /// SetDefaults_RoleBinding, SetDefaults_ClusterRoleBinding; the same in v1beta1 and v1alpha1), so a binding
    /// without it is accepted at every minor (the 1.36 document no longer requires it).
    /// </summary>
    private static bool IsDefaultedRoleRefGroup(ObjectAnalysisContext ctx, FieldFinding finding) =>
        finding.Field == "roleRef.apiGroup"
        && ctx.Object.Kind is "RoleBinding" or "ClusterRoleBinding"
        && ctx.Object.Group == "rbac.authorization.k8s.io";
}
