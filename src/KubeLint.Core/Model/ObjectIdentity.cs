namespace KubeLint.Core.Model;

/// <summary>
/// What makes two manifests one object to the apiserver: the resource (group and kind, with the groups that share
/// storage folded together), the namespace unless the kind is cluster-scoped, and the name. The version does not
/// count: every version of a resource reads and writes the same stored object. Switches, not tables: nothing is
/// built at start.
/// </summary>
internal static class ObjectIdentity
{
    /// <summary>A key equal for two manifests exactly when the apiserver stores them as one object.</summary>
    public static string Key(ObjectRecord obj) =>
        // Two Concats, not one of seven parts (a span of them): see ColdStartJitTests.
        string.Concat(string.Concat(StorageGroup(obj.Group, obj.Kind), "\n", obj.Kind, "\n"), string.Concat(IsClusterScoped(obj) ? string.Empty : obj.EffectiveNamespace, "\n", obj.Name));

    /// <summary>
    /// Kinds served from two groups that share one storage (kubernetes/kubernetes
    /// pkg/kubeapiserver/default_storage_factory_builder.go, <c>completedStorageFactoryConfig.New</c>,
    /// <c>AddCohabitatingResources</c>): the extensions group's copy is the newer group's object, and
    /// events.k8s.io's Event the core one.
    /// </summary>
    internal static string StorageGroup(string group, string kind) => (group, kind) switch
    {
        ("extensions", "Deployment" or "DaemonSet" or "ReplicaSet") => "apps",
        ("extensions", "NetworkPolicy" or "Ingress") => "networking.k8s.io",
        ("extensions", "PodSecurityPolicy") => "policy",
        ("events.k8s.io", "Event") => string.Empty,
        _ => group,
    };

    /// <summary>
    /// Built-in kinds without a namespace (each one's registry strategy answers false to <c>NamespaceScoped</c>,
    /// kubernetes/kubernetes pkg/registry/*/*/strategy.go): a namespace written on them means nothing. Custom
    /// resources (a group with a dot that is no <c>*.k8s.io</c>) are taken as written.
    /// </summary>
    public static bool IsClusterScoped(ObjectRecord obj) =>
        (obj.Group.IndexOf('.') < 0 || obj.Group.EndsWith(".k8s.io", StringComparison.Ordinal)) && obj.Kind switch
        {
            "Namespace" or "Node" or "PersistentVolume" or "ComponentStatus" => true,
            "ClusterRole" or "ClusterRoleBinding" or "CustomResourceDefinition" or "APIService" => true,
            "StorageClass" or "CSIDriver" or "CSINode" or "VolumeAttachment" or "VolumeAttributesClass" => true,
            "PriorityClass" or "RuntimeClass" or "IngressClass" or "PodSecurityPolicy" => true,
            "MutatingWebhookConfiguration" or "ValidatingWebhookConfiguration" => true,
            "ValidatingAdmissionPolicy" or "ValidatingAdmissionPolicyBinding" or "MutatingAdmissionPolicy" or "MutatingAdmissionPolicyBinding" => true,
            "CertificateSigningRequest" or "ClusterTrustBundle" or "FlowSchema" or "PriorityLevelConfiguration" => true,
            "IPAddress" or "ServiceCIDR" or "DeviceClass" or "StorageVersion" or "StorageVersionMigration" => true,
            _ => false,
        };
}
