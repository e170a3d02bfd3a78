using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>
/// KL4019: rolling-update settings that take every pod down at once, or that cannot make progress. Both
/// bounds at 0 is an error, since the apiserver rejects it (<c>pkg/apis/apps/validation/validation.go:
/// ValidateRollingUpdateDeployment</c>, <c>ValidateRollingUpdateDaemonSet</c>: "may not be 0 when maxSurge
/// is 0"); a maxUnavailable above 100 % of a Deployment or DaemonSet is KL1014's error, so only exactly
/// 100 % (accepted, and dangerous) is reported here for them.
/// </summary>
internal sealed class KL4019UnsafeRollingUpdateAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4019",
        "Rolling update can take every pod down",
        "{0}",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, "Deployment", "DaemonSet", "StatefulSet");

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        var strategy = obj.Root.MappingAt(obj.Kind == "Deployment" ? "spec.strategy" : "spec.updateStrategy");
        if (strategy?.GetMapping("rollingUpdate") is not { } rolling || strategy.GetString("type") is "Recreate" or "OnDelete")
        {
            return;
        }

        var maxUnavailable = rolling["maxUnavailable"];
        if (!YValues.TryGetIntOrPercent(maxUnavailable, out var unavailable, out var unavailablePercent))
        {
            return;
        }

        if (unavailablePercent && (unavailable == 100 || (unavailable > 100 && obj.Kind == "StatefulSet")))
        {
            Report(ctx, maxUnavailable!, $"maxUnavailable: {unavailable}% lets the rollout stop every pod at once");
        }
        else if (!unavailablePercent && unavailable > 1 && obj.Kind != "DaemonSet"
            && YValues.TryGetInt(obj.Root.MappingAt("spec")?["replicas"], out var replicas) && unavailable >= replicas)
        {
            Report(ctx, maxUnavailable!, $"maxUnavailable: {unavailable} is not below replicas: {replicas}; the rollout may stop every pod at once");
        }
        else if (unavailable == 0 && obj.Kind != "StatefulSet" && SurgeIsZero(obj.Kind, rolling["maxSurge"]))
        {
            ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, maxUnavailable!), ctx.Object, null,
                "maxUnavailable and maxSurge are both 0, so the rollout can never replace a pod; the apiserver rejects it").WithDefaultSeverity(DiagnosticSeverity.Error));
        }
    }

    /// <summary>An explicit 0, or a DaemonSet's default (DaemonSets surge only when asked).</summary>
    private static bool SurgeIsZero(string kind, YNode? maxSurge) =>
        maxSurge is null || (maxSurge is YScalar { IsNull: true })
            ? kind == "DaemonSet"
            : YValues.TryGetIntOrPercent(maxSurge, out var surge, out _) && surge == 0;

    private static void Report(ObjectAnalysisContext ctx, YNode anchor, string message) =>
        ctx.Report(Rule, anchor, message);
}
