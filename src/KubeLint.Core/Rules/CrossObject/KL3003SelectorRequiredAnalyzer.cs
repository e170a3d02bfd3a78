using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>KL3003: a workload without the selector its API requires (apps/v1, apps/v1beta2), or with an
/// empty one (it would claim every pod of the namespace): the apiserver rejects both.</summary>
internal sealed class KL3003SelectorRequiredAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL3003",
        "Workload selector missing or empty",
        "{0} has {1}; the apiserver rejects it{2}",
        RuleCategories.CrossObject,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet");

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        if (obj.Group is not ("apps" or "extensions") || obj.Root.GetMapping("spec") is not { } spec)
        {
            return;
        }

        var selector = LabelSelector.FromLabelSelector(spec["selector"]);
        var labels = PodSource.Of(obj)?.Labels ?? new Dictionary<string, string>();
        if (selector is { IsEmpty: true, IsEvaluable: true })
        {
            ctx.ReportDiagnostic(Diagnostic.Create(
                Rule, Location.Of(obj, spec.GetKey("selector")!), obj, null,
                obj.DisplayName,
                "an empty spec.selector (it would claim every pod of the namespace)",
                Fix(labels)));
        }
        else if (selector is null && RequiresSelector(obj))
        {
            var hint = labels.Count > 0
                ? $"; extensions/v1beta1 and apps/v1beta1 filled it in from the template labels, {obj.ApiVersion} does not{Fix(labels)}"
                : Fix(labels);
            ctx.ReportDiagnostic(Diagnostic.Create(
                Rule, Location.Of(obj, (YNode?)spec.GetKey("selector") ?? obj.Root.GetKey("spec")!), obj, null,
                obj.DisplayName,
                $"no spec.selector, which {obj.ApiVersion} requires",
                hint));
        }
    }

    /// <summary>
    /// Whether the apiVersion as written requires the selector (the group is checked by the caller). This rule
    /// owns a missing workload selector: KL1005 leaves <c>spec.selector</c> of these kinds to it whenever this holds.
    /// </summary>
    internal static bool RequiresSelector(KubeObject obj) => !PodSource.DefaultsSelectorFromTemplate(obj);

    private static string Fix(IReadOnlyDictionary<string, string> labels) => labels.Count > 0
        ? $": add selector.matchLabels with the template's labels ({LabelSelector.Format(labels)})"
        : ": add selector.matchLabels and the same labels in the pod template";
}
