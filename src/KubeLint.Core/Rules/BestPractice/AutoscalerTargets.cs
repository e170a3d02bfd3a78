using KubeLint.Core.Analysis;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>What the run's autoscalers target: an object with <c>spec.scaleTargetRef</c> (a
/// HorizontalPodAutoscaler, KEDA's ScaledObject …) names a workload of its namespace. Built once per run.</summary>
internal sealed class AutoscalerTargets
{
    private readonly HashSet<(string Namespace, string? Kind, string Name)> _targets;

    private AutoscalerTargets(Workspace workspace) =>
        _targets = workspace.Objects
            .Select(o => (o, Ref: o.Root.MappingAt("spec.scaleTargetRef")))
            .Where(x => x.Ref?.GetString("name") is not null)
            .Select(x => (x.o.EffectiveNamespace, x.Ref!.GetString("kind"), x.Ref.GetString("name")!))
            .ToHashSet();

    public static AutoscalerTargets Of(ActionContext ctx)
    {
        var workspace = ctx.Workspace;
        return ctx.Options.GetShared(_ => new AutoscalerTargets(workspace));
    }

    /// <summary>True when an autoscaler of the workload's namespace names it (with its kind, or without one).</summary>
    public bool Contains(KubeObject workload) =>
        workload.Name is { } name
        && (_targets.Contains((workload.EffectiveNamespace, workload.Kind, name)) || _targets.Contains((workload.EffectiveNamespace, null, name)));
}
