using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>KL3001: a Service whose selector matches no Pod and no pod template in its namespace: it routes traffic nowhere, silently.</summary>
internal sealed class KL3001ServiceSelectsNoPodsAnalyzer : KubeAnalyzer
{
    public static readonly RuleOption<IReadOnlyList<string>> IgnoredLabels = RuleOption.StringList("ignoredLabels", "pod label keys left out when comparing selectors with pod templates (labels a release tool adds later)");

    public static readonly DiagnosticDescriptor Rule = new(
        "KL3001",
        "Service selects no pods",
        "Service \"{0}\" selects {1}, which no Pod or pod template in namespace \"{2}\" carries{3}",
        RuleCategories.CrossObject,
        DiagnosticSeverity.Warning)
    {
        Options = [IgnoredLabels],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, "Service");

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var service = ctx.Object;
        var spec = service.Root.GetMapping("spec");
        if (service.Group.Length != 0 || spec is null || spec.GetString("type") == "ExternalName"
            || LabelSelector.FromMap(spec["selector"]) is not { IsEvaluable: true, IsEmpty: false } written)
        {
            return; // No selector: endpoints are managed by hand, nothing to match.
        }

        var ignored = ctx.Options.Get(Rule, IgnoredLabels, service.File).ToHashSet(StringComparer.Ordinal);
        var selector = written.Without(ignored).Without(ObjectIndex.ControllerAddedLabels);
        if (selector.IsEmpty)
        {
            return;
        }

        var index = ctx.Workspace.Index;
        var ns = service.EffectiveNamespace;
        if (index.Select(ns, selector).Any())
        {
            return;
        }

        YNode anchor = spec.GetKey("selector")!;
        var related = new List<Location>();
        var hint = string.Empty;
        if (index.Closest(ns, selector, service.File) is { } closest)
        {
            var missed = selector.FirstMismatch(closest.Labels)!;
            hint = $"; the closest, {closest.Object.DisplayName}, has {Describe(closest.Labels, missed.Key)} where the selector wants {missed}";
            anchor = missed.Node;
            related.Add(closest.LabelsAnchor);
        }

        if (index.SelectElsewhere(ns, selector).FirstOrDefault() is { } elsewhere)
        {
            hint += $"; {elsewhere.Object.DisplayName} in namespace \"{elsewhere.Object.EffectiveNamespace}\" matches, but a Service selects pods of its own namespace only";
            related.Add(elsewhere.LabelsAnchor);
        }
        else if (hint.Length == 0)
        {
            hint = index.PodSourcesIn(ns).Count == 0 ? "; the inputs hold no pods in this namespace" : "; no pod of this namespace among the inputs carries these label keys";
        }

        // An operator's pods are not among the inputs: with one of its custom resources here, the finding is info.
        var operatorResource = CustomResourceNamespaces.MayCreatePods(ctx, ns);
        if (operatorResource is not null)
        {
            hint += CustomResourceNamespaces.Hint(operatorResource);
        }

        var diagnostic = Diagnostic.Create(Rule, Location.Of(service, anchor), service, related, service.Name, selector, ns, hint);
        ctx.ReportDiagnostic(InputCompleteness.Weigh(diagnostic, operatorResource is null && InputCompleteness.HoldsPodsLabelledLike(index, ns, selector), ctx.Options));
    }

    private static string Describe(IReadOnlyDictionary<string, string> labels, string key) =>
        labels.TryGetValue(key, out var value) ? $"{key}={value}" : $"no label \"{key}\"";
}
