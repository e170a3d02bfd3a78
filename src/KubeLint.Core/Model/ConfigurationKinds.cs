namespace KubeLint.Core.Model;

/// <summary>
/// Configuration files that carry <c>apiVersion</c> and <c>kind</c> but are not API objects: components and
/// tools read them from disk (kubeadm, the kubelet, kube-proxy, the scheduler, the apiserver's flags,
/// kustomize, kubectl), they are never applied to the apiserver, and they have no <c>metadata.name</c>.
/// Rules about API objects (a name, a known schema) leave them alone.
/// </summary>
internal static class ConfigurationKinds
{
    // Kind, then the groups that have it.
    private static readonly Dictionary<string, string[]> GroupsByKind = ByKind(
    [
        // kubeconfig (kubectl, clients) and kube-scheduler's legacy --policy-config-file.
        [string.Empty, "Config"],
        [string.Empty, "Policy"],
        ["kubescheduler.config.k8s.io", "Policy"],
        ["kubescheduler.config.k8s.io", "KubeSchedulerConfiguration"],
        ["kubeadm.k8s.io", "ClusterConfiguration"],
        ["kubeadm.k8s.io", "InitConfiguration"],
        ["kubeadm.k8s.io", "JoinConfiguration"],
        ["kubeadm.k8s.io", "ResetConfiguration"],
        ["kubeadm.k8s.io", "UpgradeConfiguration"],
        ["kubeadm.k8s.io", "MasterConfiguration"],
        ["kubeadm.k8s.io", "NodeConfiguration"],
        ["kubelet.config.k8s.io", "KubeletConfiguration"],
        ["kubelet.config.k8s.io", "CredentialProviderConfig"],
        ["kubeproxy.config.k8s.io", "KubeProxyConfiguration"],
        ["kubecontrollermanager.config.k8s.io", "KubeControllerManagerConfiguration"],
        ["kustomize.config.k8s.io", "Kustomization"],
        ["kustomize.config.k8s.io", "Component"],
        ["apiserver.config.k8s.io", "EncryptionConfiguration"],
        ["apiserver.config.k8s.io", "AdmissionConfiguration"],
        ["apiserver.config.k8s.io", "EgressSelectorConfiguration"],
        ["apiserver.config.k8s.io", "AuthenticationConfiguration"],
        ["apiserver.config.k8s.io", "AuthorizationConfiguration"],
        ["apiserver.k8s.io", "AdmissionConfiguration"],
        ["pod-security.admission.config.k8s.io", "PodSecurityConfiguration"],
        ["audit.k8s.io", "Policy"],
        ["apiserver.config.k8s.io", "TracingConfiguration"],
        ["eventratelimit.admission.k8s.io", "Configuration"],

        // What a kubeconfig exec credential plugin prints, and kind's cluster file.
        ["client.authentication.k8s.io", "ExecCredential"],
        ["kind.x-k8s.io", "Cluster"],
    ]);

    /// <summary>Whether this group (empty for <c>v1</c>) and kind name a configuration file, not an API object.</summary>
    public static bool Contains(string group, string kind) =>
        GroupsByKind.TryGetValue(kind, out var groups) && Array.IndexOf(groups, group) >= 0;

    public static bool IsConfigurationFile(KubeObject obj) => Contains(obj.Group, obj.Kind);

    private static Dictionary<string, string[]> ByKind(string[][] pairs) =>
        pairs.GroupBy(p => p[1], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p[0]).ToArray(), StringComparer.Ordinal);
}
