using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4020: a PodDisruptionBudget that allows no voluntary disruption (node drains hang), or whose selector is empty.</summary>
internal sealed class KL4020PodDisruptionBudgetAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4020",
        "PodDisruptionBudget allows no disruption or has an empty selector",
        "PodDisruptionBudget \"{0}\" {1}",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Warning);

    private static readonly string[] ScaledKinds = ["Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, "PodDisruptionBudget");

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        var spec = obj.Root.GetMapping("spec");
        if (spec is null)
        {
            return;
        }

        var selector = spec["selector"];
        if (selector is null || selector is YScalar { IsNull: true } || (selector is YMapping map && IsEmpty(map)))
        {
            var anchor = (YNode?)spec.GetKey("selector") ?? obj.Root.GetKey("spec")!;
            Report(ctx, anchor, "has an empty selector: it selects every pod of the namespace (policy/v1) or none (policy/v1beta1)");
        }

        var maxUnavailable = spec["maxUnavailable"];
        var minAvailable = spec["minAvailable"];
        if (YValues.TryGetIntOrPercent(maxUnavailable, out var unavailable, out _) && unavailable == 0)
        {
            Report(ctx, maxUnavailable!, "sets maxUnavailable: 0, so no pod may ever be evicted and node drains hang");
        }
        else if (YValues.TryGetIntOrPercent(minAvailable, out var available, out var percent))
        {
            if (percent && available >= 100)
            {
                Report(ctx, minAvailable!, $"sets minAvailable: {available}%, so no pod may ever be evicted and node drains hang");
            }
            else if (!percent && available > 0 && selector is YMapping labels && MatchedReplicas(ctx, labels) is { } matched && available >= matched.Replicas)
            {
                Report(ctx, minAvailable!, $"requires {available} available pods but {matched.Workload.DisplayName} runs {matched.Replicas}, so no pod may ever be evicted and node drains hang");
            }
        }
    }

    private static bool IsEmpty(YMapping selector) =>
        selector.GetMapping("matchLabels") is not { Count: > 0 } && selector.GetSequence("matchExpressions") is not { Count: > 0 };

    /// <summary>The workload of the same namespace whose pod labels the selector's <c>matchLabels</c> match (no
    /// <c>matchExpressions</c>), with its explicit replica count.</summary>
    private static (ObjectRecord Workload, long Replicas)? MatchedReplicas(ObjectAnalysisContext ctx, YMapping selector)
    {
        if (selector.GetMapping("matchLabels") is not { Count: > 0 } matchLabels || selector["matchExpressions"] is YSequence { Count: > 0 })
        {
            return null;
        }

        var workloads = ctx.Run.Get(ScaledWorkloads.Fact);
        var wanted = KubeObject.ReadStringMap(matchLabels);
        foreach (var (workload, replicas, labels) in workloads.In(ctx.Object.EffectiveNamespace))
        {
            if (wanted.All(w => labels.TryGetValue(w.Key, out var v) && v == w.Value))
            {
                return (workload, replicas);
            }
        }

        return null;
    }

    /// <summary>The run's workloads with an explicit replica count and their pod-template labels, by namespace; built once per run.</summary>
    private sealed class ScaledWorkloads(ObjectIndex index)
    {
        public static readonly RunFact<ScaledWorkloads> Fact = new(run => new ScaledWorkloads(run.Workspace.Index));

        private readonly ILookup<string, (ObjectRecord Workload, long Replicas, IReadOnlyDictionary<string, string> Labels)> _byNamespace = ScaledKinds
            .SelectMany(index.OfKind)
            .Where(w => w.Replicas is not null && w.TemplateLabels is not null)
            .ToLookup(w => w.EffectiveNamespace, w => (w, w.Replicas!.Value, w.TemplateLabels!), StringComparer.Ordinal);

        public IEnumerable<(ObjectRecord Workload, long Replicas, IReadOnlyDictionary<string, string> Labels)> In(string ns) => _byNamespace[ns];
    }

    private static void Report(ObjectAnalysisContext ctx, YNode anchor, string problem) =>
        ctx.Report(Rule, anchor, ctx.Object.Name ?? "<unnamed>", problem);
}
