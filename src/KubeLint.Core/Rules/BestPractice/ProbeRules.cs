using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>What KL4004 and KL4005 share: which containers should have a probe, and the report.</summary>
internal static class ProbeRules
{
    /// <summary>Long-running containers of pods that are not meant to finish (Jobs, CronJobs and
    /// pods with restartPolicy Never/OnFailure are left out), without the probe <paramref name="probeKey"/>.</summary>
    public static void ReportMissing(ObjectAnalysisContext ctx, DiagnosticDescriptor rule, string probeKey)
    {
        foreach (var container in ContainerRuleOptions.Select(ctx, rule, c => c.Role == ContainerRole.Regular || c.IsSidecar))
        {
            if (!PodTemplates.RunsToCompletion(ctx.Object, container.PodSpec) && container.Node[probeKey] is null)
            {
                ctx.ReportDiagnostic(Diagnostic.Create(rule, Location.Of(ctx.Object, container.Anchor), ctx.Object, null, container.Name ?? "?"));
            }
        }
    }
}
