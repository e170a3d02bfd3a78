using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4028: a workload that an autoscaler scales but whose manifest also sets <c>replicas</c>:
/// every apply resets the autoscaler's decision.</summary>
internal sealed class KL4028AutoscaledWithReplicasAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4028",
        "Autoscaled workload sets replicas",
        "{0} \"{1}\" is scaled by an autoscaler but sets replicas: {2}; every apply resets it to {2} until the autoscaler reacts — remove replicas",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(
            ctx =>
            {
                var obj = ctx.Object;
                if (obj.Root.MappingAt("spec")?["replicas"] is YScalar { IsNull: false } replicas && AutoscalerTargets.Of(ctx).Contains(obj))
                {
                    ctx.Report(Rule, replicas, obj.Kind, obj.Name, replicas.Value);
                }
            },
            "Deployment", "StatefulSet", "ReplicaSet", "ReplicationController");
}
