namespace KubeLint.Core.Api;

/// <summary>An annotation that stood in for a field before the field existed.</summary>
/// <param name="Key">The annotation key, or its prefix when <paramref name="IsPrefix"/> (per-container keys).</param>
/// <param name="Replacement">The field to use instead.</param>
/// <param name="DeprecatedIn">The minor from which the field replaces it.</param>
/// <param name="RemovedIn">The minor that stopped honouring it, when known.</param>
/// <param name="IsPrefix">True when <paramref name="Key"/> is a prefix (the container name follows).</param>
internal sealed record DeprecatedAnnotation(string Key, string Replacement, int DeprecatedIn, int? RemovedIn, bool IsPrefix = false);

/// <summary>
/// Curated from the Kubernetes release notes and API reference (each field's introduction and the
/// annotation's deprecation/removal notes). Versions are minors of upstream Kubernetes.
/// </summary>
internal static class DeprecatedAnnotations
{
    public static readonly IReadOnlyList<DeprecatedAnnotation> All =
    [
        new("scheduler.alpha.kubernetes.io/critical-pod", "spec.priorityClassName (e.g. system-cluster-critical)", 13, 16),
        new("scheduler.alpha.kubernetes.io/tolerations", "spec.tolerations", 6, 6),
        new("scheduler.alpha.kubernetes.io/affinity", "spec.affinity", 6, null),
        new("pod.beta.kubernetes.io/init-containers", "spec.initContainers", 6, 8),
        new("pod.alpha.kubernetes.io/init-containers", "spec.initContainers", 6, 8),
        new("seccomp.security.alpha.kubernetes.io/pod", "spec.securityContext.seccompProfile", 19, null),
        new("container.seccomp.security.alpha.kubernetes.io/", "the container's securityContext.seccompProfile", 19, null, IsPrefix: true),
        new("container.apparmor.security.beta.kubernetes.io/", "the container's securityContext.appArmorProfile", 30, null, IsPrefix: true),
        new("kubernetes.io/ingress.class", "spec.ingressClassName", 18, null),
        new("volume.beta.kubernetes.io/storage-class", "spec.storageClassName", 6, null),
        new("service.alpha.kubernetes.io/tolerate-unready-endpoints", "spec.publishNotReadyAddresses", 11, null),
    ];

    public static DeprecatedAnnotation? Find(string key)
    {
        foreach (var entry in All)
        {
            if (entry.IsPrefix ? key.StartsWith(entry.Key, StringComparison.Ordinal) : key == entry.Key)
            {
                return entry;
            }
        }

        return null;
    }
}
