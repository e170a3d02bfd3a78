using KubeLint.Core.Analysis;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>What the run's autoscalers target: an object with <c>spec.scaleTargetRef</c> (a
/// HorizontalPodAutoscaler, KEDA's ScaledObject …) names a workload of its namespace. Built once per run.</summary>
internal sealed class AutoscalerTargets
{
    // Namespace, kind (or none) and name.
    private readonly HashSet<Target> _targets = [];

    private AutoscalerTargets(ObjectIndex index)
    {
        foreach (var obj in index.Records)
        {
            if (obj.ScaleTarget is { } target)
            {
                _targets.Add(new Target(obj.EffectiveNamespace, target.Kind, target.Name));
            }
        }
    }

    private static readonly RunFact<AutoscalerTargets> Fact = new(run => new AutoscalerTargets(run.Workspace.Index));

    public static AutoscalerTargets Of(ActionContext ctx) => ctx.Run.Get(Fact);

    /// <summary>True when an autoscaler of the workload's namespace names it (with its kind, or without one).</summary>
    public bool Contains(KubeObject workload) =>
        workload.Name is { } name
        && (_targets.Contains(new Target(workload.EffectiveNamespace, workload.Kind, name)) || _targets.Contains(new Target(workload.EffectiveNamespace, null, name)));

    private sealed record Target(string Namespace, string? Kind, string Name);
}
