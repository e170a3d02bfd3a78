namespace KubeLint.Core.Rules.CrossObject;

/// <summary>What an HPA's <c>scaleTargetRef</c> can point at. Custom kinds may have a scale
/// subresource, so only built-in kinds known to lack one are ruled out.</summary>
internal static class ScaleTargets
{
    private static readonly HashSet<string> NotScalable = new(StringComparer.Ordinal)
    {
        "DaemonSet", "Pod", "Job", "CronJob", "Service", "ConfigMap", "Secret", "PersistentVolumeClaim",
        "Ingress", "ServiceAccount", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy",
    };

    public static bool IsKnownNotScalable(string kind) => NotScalable.Contains(kind);
}
