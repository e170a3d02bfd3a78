using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>
/// KL3005: a controller whose selector matches the pods of another controller, or a bare Pod, in
/// its namespace. Controllers then count (and may adopt or delete) pods they did not create.
/// Two controllers are compared through their pods: A overlaps B when A's selector matches the
/// labels of B's pod template.
/// </summary>
public sealed class KL3005OverlappingSelectorsAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL3005",
        "Selectors overlap",
        "{0} and {1} overlap: {2}",
        RuleCategories.CrossObject,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private static void Analyze(WorkspaceAnalysisContext ctx)
    {
        var index = ctx.Workspace.Index;
        foreach (var controller in index.PodSources)
        {
            if (controller.ClaimSelector is not { IsEvaluable: true, IsEmpty: false } selector)
            {
                continue;
            }

            foreach (var other in index.Select(controller.Object.EffectiveNamespace, selector))
            {
                // The same kind and name twice is one object written twice (variants of a manifest), not two controllers.
                if (other == controller || (other.Object.Kind == controller.Object.Kind && other.Object.Name == controller.Object.Name))
                {
                    continue;
                }

                if (other.IsBarePod)
                {
                    ReportBarePod(ctx, controller, other);
                }
                else if (other.ClaimSelector is { IsEvaluable: true, IsEmpty: false } otherSelector
                    && (other.Ordinal < controller.Ordinal || !otherSelector.Without(ObjectIndex.ControllerAddedLabels).Matches(controller.Labels)))
                {
                    // Mutual overlaps are reported once, at the later controller.
                    ReportControllers(ctx, controller, other);
                }
            }
        }
    }

    private static void ReportBarePod(WorkspaceAnalysisContext ctx, PodSource controller, PodSource pod)
    {
        var consequence = controller.Object.Kind is "ReplicaSet" or "ReplicationController" or "DaemonSet" or "Job"
            ? "adopts it and may delete it to keep its pod count"
            : "counts it among its own pods";
        var detail = $"the Pod's labels match the selector {controller.ClaimSelector}, and the {controller.Object.Kind} {consequence}";
        ctx.ReportDiagnostic(Diagnostic.Create(
            Rule, Location.Of(pod.Object, pod.LabelsAnchor), pod.Object, [Location.Of(controller.Object, controller.SelectorAnchor)], Name(ctx, pod.Object), Name(ctx, controller.Object), detail));
    }

    private static void ReportControllers(WorkspaceAnalysisContext ctx, PodSource controller, PodSource other)
    {
        var (name, otherName) = (Name(ctx, controller.Object), Name(ctx, other.Object));
        var detail = $"the selector of {name} ({controller.ClaimSelector}) matches the pods of {otherName}, so both claim the same pods and fight over them";
        ctx.ReportDiagnostic(Diagnostic.Create(
            Rule, Location.Of(controller.Object, controller.SelectorAnchor), controller.Object, [Location.Of(other.Object, other.LabelsAnchor)], name, otherName, detail));
    }

    /// <summary>
    /// The object's kind and name, with its file and line when the inputs hold another variant of it (the same kind,
    /// namespace and name, e.g. a single-node and an HA manifest of one app): else two findings would read the same.
    /// </summary>
    private static string Name(WorkspaceAnalysisContext ctx, KubeObject obj)
    {
        var variants = 0;
        foreach (var same in ctx.Workspace.Index.FindAnywhere(obj.Kind, obj.Name ?? string.Empty))
        {
            if (same.EffectiveNamespace == obj.EffectiveNamespace && ++variants > 1)
            {
                return $"{obj.DisplayName} ({obj.File.Path}:{obj.Span.Start.Line})";
            }
        }

        return obj.DisplayName;
    }
}
