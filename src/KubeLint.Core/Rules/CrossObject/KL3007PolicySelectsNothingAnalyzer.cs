using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>
/// KL3007: a PodDisruptionBudget or NetworkPolicy whose selector matches no pod in its namespace,
/// or an HPA whose target is a kind that cannot be scaled: each protects or scales nothing, and
/// nothing says so. An HPA target missing from the inputs by name is KL3006's.
/// </summary>
internal sealed class KL3007PolicySelectsNothingAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL3007",
        "Policy or autoscaler applies to nothing",
        "{0} {1}",
        RuleCategories.CrossObject,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(
            ctx =>
            {
                var obj = ctx.Object;
                switch (obj.Kind)
                {
                    case "PodDisruptionBudget" when obj.Group == "policy":
                        AnalyzeBudget(ctx, obj);
                        break;
                    case "NetworkPolicy" when obj.Group is "networking.k8s.io" or "extensions":
                        // podSelector {} selects every pod of the namespace: fine.
                        if (obj.Root.GetMapping("spec") is { } spec
                            && LabelSelector.FromLabelSelector(spec["podSelector"]) is { IsEvaluable: true, IsEmpty: false } podSelector)
                        {
                            AnalyzeSelector(ctx, obj, podSelector, spec.GetKey("podSelector")!);
                        }

                        break;
                    case "HorizontalPodAutoscaler" when obj.Group == "autoscaling":
                        AnalyzeAutoscaler(ctx, obj);
                        break;
                }
            },
            "PodDisruptionBudget",
            "NetworkPolicy",
            "HorizontalPodAutoscaler");

    private static void AnalyzeBudget(ObjectAnalysisContext ctx, KubeObject budget)
    {
        if (budget.Root.GetMapping("spec") is not { } spec)
        {
            return;
        }

        var selector = LabelSelector.FromLabelSelector(spec["selector"]);
        if (selector is null)
        {
            Report(ctx, budget, (YNode?)spec.GetKey("selector") ?? budget.Root.GetKey("spec")!, "has no selector, so it covers no pod", null, true);
        }
        else if (selector is { IsEvaluable: true, IsEmpty: true } && budget.Version == "v1beta1")
        {
            // policy/v1 reads an empty selector as every pod of the namespace; policy/v1beta1 as none.
            Report(ctx, budget, spec.GetKey("selector")!, "has an empty selector, which policy/v1beta1 reads as no pod (policy/v1 reads it as every pod)", null, true);
        }
        else if (selector is { IsEvaluable: true, IsEmpty: false })
        {
            AnalyzeSelector(ctx, budget, selector, spec.GetKey("selector")!);
        }
    }

    private static void AnalyzeSelector(ObjectAnalysisContext ctx, KubeObject obj, LabelSelector selector, YNode anchor)
    {
        var ns = obj.EffectiveNamespace;
        var index = ctx.Workspace.Index;
        if (index.Select(ns, selector).Any())
        {
            return;
        }

        var elsewhere = index.SelectElsewhere(ns, selector).FirstOrDefault();
        var problem = $"selects {selector}, which no Pod or pod template in namespace \"{ns}\" carries"
            + (elsewhere is null ? string.Empty : $"; {elsewhere.Object.DisplayName} in namespace \"{elsewhere.Object.EffectiveNamespace}\" matches, but selection stays in one namespace");
        var related = elsewhere?.LabelsAnchor;

        // An operator's pods are not among the inputs: with one of its custom resources here, the finding is info.
        var operatorResource = CustomResourceNamespaces.MayCreatePods(ctx, ns);
        if (operatorResource is not null)
        {
            problem += CustomResourceNamespaces.Hint(operatorResource);
        }

        Report(ctx, obj, anchor, problem, related, operatorResource is null && InputCompleteness.HoldsPodsLabelledLike(index, ns, selector));
    }

    private static void AnalyzeAutoscaler(ObjectAnalysisContext ctx, KubeObject autoscaler)
    {
        if (autoscaler.Root.MappingAt("spec.scaleTargetRef") is not { } target
            || target["kind"] is not YScalar { IsNull: false } kind || !ScaleTargets.IsKnownNotScalable(kind.Value))
        {
            return;
        }

        var found = target.GetString("name") is { } name ? ctx.Workspace.Index.Find(kind.Value, autoscaler.EffectiveNamespace, name) : null;
        Report(ctx, autoscaler, kind, $"targets a {kind.Value}, which has no scale subresource: it scales nothing", found?.RootLocation, true);
    }

    private static void Report(ObjectAnalysisContext ctx, KubeObject obj, YNode anchor, string problem, Location? related, bool inputsHoldAny)
    {
        var diagnostic = Diagnostic.Create(Rule, Location.Of(obj, anchor), obj, related is null ? null : [related], obj.DisplayName, problem);
        ctx.ReportDiagnostic(InputCompleteness.Weigh(diagnostic, inputsHoldAny, ctx.Options));
    }
}
