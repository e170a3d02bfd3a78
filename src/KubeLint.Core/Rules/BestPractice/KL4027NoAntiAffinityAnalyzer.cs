using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4027: several replicas with nothing that spreads them over nodes (no pod anti-affinity, no topology spread constraints).</summary>
internal sealed class KL4027NoAntiAffinityAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4027",
        "Replicas are not spread over nodes",
        "{0} \"{1}\" runs {2} replicas but neither podAntiAffinity nor topologySpreadConstraints keeps them apart; they may all land on one node",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Info);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, "Deployment", "StatefulSet", "ReplicaSet", "ReplicationController");

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        var replicas = obj.Root.MappingAt("spec")?["replicas"];
        if (!YValues.TryGetInt(replicas, out var count) || count < 2 || obj.Root.MappingAt("spec.template.spec") is not { } spec)
        {
            return;
        }

        if (spec.MappingAt("affinity.podAntiAffinity") is null && spec.GetSequence("topologySpreadConstraints") is not { Count: > 0 } && !ClaimsHostPorts(spec))
        {
            ctx.Report(Rule, replicas!, obj.Kind, obj.Name ?? "<unnamed>", count);
        }
    }

    /// <summary>Pods that claim a node port (a <c>hostPort</c>, or any port with <c>hostNetwork</c>) cannot
    /// share a node: the scheduler already keeps them apart.</summary>
    private static bool ClaimsHostPorts(YMapping spec)
    {
        var ports = PodContainers.Of(spec).SelectMany(c => c.Node.GetSequence("ports")?.Mappings ?? []).ToList();
        return ports.Any(p => p["hostPort"] is YScalar { IsNull: false })
            || (YValues.IsTrue(spec["hostNetwork"]) && ports.Any(p => p["containerPort"] is YScalar { IsNull: false }));
    }
}
