using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>KL3002: a workload whose selector does not match its own pod template: the apiserver rejects it
/// ("selector does not match template labels").</summary>
internal sealed class KL3002SelectorDoesNotMatchTemplateAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL3002",
        "Selector does not match the pod template",
        "the selector of {0} requires {1}, but its pod template has {2}; the apiserver rejects a selector that does not match the template labels",
        RuleCategories.CrossObject,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(
            Analyze,
            "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "ReplicationController", "Job");

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        // A missing selector is defaulted from the template (legacy APIs) or is KL3003's; an empty
        // one is KL3003's too (a ReplicationController's empty map is defaulted).
        if (PodSource.Of(ctx.Object) is not { IsKnownKind: true, Template: not null, Selector: { IsEvaluable: true, IsEmpty: false } selector } source
            || selector.FirstMismatch(source.Labels) is not { } mismatch)
        {
            return;
        }

        var obj = ctx.Object;
        ctx.ReportDiagnostic(Diagnostic.Create(
            Rule,
            Location.Of(obj, mismatch.Node),
            obj,
            [Location.Of(obj, source.LabelsAnchor)],
            obj.DisplayName,
            mismatch,
            LabelSelector.Format(source.Labels)));
    }
}
