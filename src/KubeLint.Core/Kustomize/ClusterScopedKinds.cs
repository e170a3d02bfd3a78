namespace KubeLint.Core.Kustomize;

/// <summary>
/// Built-in kinds that are not namespaced, so <c>namespace:</c> leaves them alone. kustomize reads the scope from its
/// built-in OpenAPI document (kubernetes-sigs/kustomize kyaml/openapi, <c>IsNamespaceScoped</c>); these are the kinds
/// the apiserver registers with <c>NamespaceScoped() == false</c> (kubernetes/kubernetes pkg/registry/*/strategy.go).
/// A custom resource is taken as namespaced, as kustomize does for a kind it has no schema for.
/// </summary>
internal static class ClusterScopedKinds
{
    public static bool Contains(string kind) => kind is
        "Namespace" or "Node" or "PersistentVolume" or "ComponentStatus"
        or "ClusterRole" or "ClusterRoleBinding"
        or "CustomResourceDefinition" or "APIService"
        or "MutatingWebhookConfiguration" or "ValidatingWebhookConfiguration"
        or "ValidatingAdmissionPolicy" or "ValidatingAdmissionPolicyBinding"
        or "MutatingAdmissionPolicy" or "MutatingAdmissionPolicyBinding"
        or "StorageClass" or "CSIDriver" or "CSINode" or "VolumeAttachment"
        or "PriorityClass" or "RuntimeClass" or "IngressClass" or "PodSecurityPolicy"
        or "CertificateSigningRequest" or "ClusterTrustBundle"
        or "FlowSchema" or "PriorityLevelConfiguration"
        or "DeviceClass" or "ResourceSlice" or "IPAddress" or "ServiceCIDR"
        or "SelfSubjectReview" or "TokenReview" or "SubjectAccessReview" or "SelfSubjectAccessReview" or "SelfSubjectRulesReview";
}
