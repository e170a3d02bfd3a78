using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>What KL4004 and KL4005 share: which containers should have a probe, and the report.</summary>
internal static class ProbeRules
{
    /// <summary>Registers the report of long-running containers (regular ones and sidecars) of pods that are not
    /// meant to finish (Jobs, CronJobs and pods with restartPolicy Never/OnFailure are left out), without the probe
    /// <paramref name="probeKey"/>.</summary>
    public static void RegisterMissing(AnalysisContext context, DiagnosticDescriptor rule, string probeKey) =>
        context.RegisterContainerAction(
            ctx =>
            {
                if ((ctx.Role == ContainerRole.Regular || ctx.Container.IsSidecar)
                    && !PodTemplates.RunsToCompletion(ctx.Object, ctx.PodSpec) && ctx.Node[probeKey] is null)
                {
                    ctx.Report(rule, null, ctx.DisplayName);
                }
            },
            rule,
            ContainerRole.Regular,
            ContainerRole.Init);
}
