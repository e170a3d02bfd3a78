namespace KubeLint.Core.Rules.Api;

/// <summary>
/// apiVersions of one kind between which an object moves by changing only its apiVersion: the versions'
/// schemas differ only by fields added over time (which KL1001 then finds), not by renamed or moved ones.
/// Not Ingress (serviceName/servicePort became service.name/port), not PodDisruptionBudget (policy/v1 reads
/// an empty selector as every pod), not rbac v1alpha1 (its subjects have apiVersion, not apiGroup).
/// From the types.go of each group in kubernetes/kubernetes (pkg/apis/apps, rbac, batch, autoscaling,
/// networking, scheduling, storage, policy, and kube-aggregator's apiregistration) and their conversion functions.
/// </summary>
internal static class PlainApiVersionRenames
{
    private static readonly Dictionary<string, string[]> Groups = new(StringComparer.Ordinal)
    {
        ["Deployment"] = ["extensions/v1beta1", "apps/v1beta1", "apps/v1beta2", "apps/v1"],
        ["DaemonSet"] = ["extensions/v1beta1", "apps/v1beta2", "apps/v1"],
        ["ReplicaSet"] = ["extensions/v1beta1", "apps/v1beta2", "apps/v1"],
        ["StatefulSet"] = ["apps/v1beta1", "apps/v1beta2", "apps/v1"],
        ["Role"] = ["rbac.authorization.k8s.io/v1beta1", "rbac.authorization.k8s.io/v1"],
        ["ClusterRole"] = ["rbac.authorization.k8s.io/v1beta1", "rbac.authorization.k8s.io/v1"],
        ["RoleBinding"] = ["rbac.authorization.k8s.io/v1beta1", "rbac.authorization.k8s.io/v1"],
        ["ClusterRoleBinding"] = ["rbac.authorization.k8s.io/v1beta1", "rbac.authorization.k8s.io/v1"],
        ["CronJob"] = ["batch/v2alpha1", "batch/v1beta1", "batch/v1"],
        ["HorizontalPodAutoscaler"] = ["autoscaling/v2beta2", "autoscaling/v2"],
        ["NetworkPolicy"] = ["extensions/v1beta1", "networking.k8s.io/v1"],
        ["PriorityClass"] = ["scheduling.k8s.io/v1alpha1", "scheduling.k8s.io/v1beta1", "scheduling.k8s.io/v1"],
        ["StorageClass"] = ["storage.k8s.io/v1beta1", "storage.k8s.io/v1"],
        ["PodSecurityPolicy"] = ["extensions/v1beta1", "policy/v1beta1"],
        ["APIService"] = ["apiregistration.k8s.io/v1beta1", "apiregistration.k8s.io/v1"],
    };

    /// <summary>Workloads whose apps/v1 requires spec.selector, which the older versions defaulted from the template's labels.</summary>
    private static readonly HashSet<string> SelectorRequired = new(StringComparer.Ordinal) { "Deployment", "DaemonSet", "ReplicaSet", "StatefulSet" };

    /// <summary>Whether <paramref name="kind"/> moves from <paramref name="from"/> to <paramref name="to"/> by the apiVersion alone;
    /// <paramref name="hasSelector"/> says whether the object sets spec.selector.</summary>
    public static bool IsPlain(string kind, string from, string to, bool hasSelector) =>
        IsRename(kind, from, to) && !NeedsSelector(kind, to, hasSelector);

    /// <summary>Whether the two versions' schemas differ only by fields added over time (a selector aside).</summary>
    public static bool IsRename(string kind, string from, string to) =>
        from != to && Groups.TryGetValue(kind, out var versions) && versions.Contains(from) && versions.Contains(to);

    /// <summary>Whether the move must also write the spec.selector that the older versions defaulted from the template's labels.</summary>
    public static bool NeedsSelector(string kind, string to, bool hasSelector) =>
        !hasSelector && SelectorRequired.Contains(kind) && to == "apps/v1";
}
