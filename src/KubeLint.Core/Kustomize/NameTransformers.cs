using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize;

/// <summary>
/// <c>namePrefix</c>, <c>nameSuffix</c> and <c>namespace</c>. The new value is a node borrowing the span of the
/// kustomization's value and recorded with its file, so a finding on a prefixed name points at <c>namePrefix</c>.
/// </summary>
internal static class NameTransformers
{
    private static readonly string[] NamePath = ["metadata", "name"];
    private static readonly string[] NamespacePath = ["metadata", "namespace"];

    /// <summary>Kinds kustomize never prefixes or suffixes (kubernetes-sigs/kustomize
    /// plugin/builtin/prefixtransformer/PrefixTransformer.go, <c>prefixFieldSpecsToSkip</c>; the suffix transformer
    /// skips the same).</summary>
    private static bool KeepsName(BuiltResource resource) =>
        resource.Kind is "CustomResourceDefinition" or "Namespace"
        || (resource.Kind == "APIService" && resource.Group == "apiregistration.k8s.io");

    public static void Rename(IEnumerable<BuiltResource> resources, string prefix, string suffix, Introduced from)
    {
        foreach (var resource in resources)
        {
            if (KeepsName(resource) || resource.Name.Length == 0)
            {
                continue;
            }

            var name = prefix + resource.Name + suffix;
            TreeEdit.At(resource, NamePath, _ => TreeEdit.New(resource, YBuild.String(name, from.Span), from), null);
            resource.NoteName();
        }
    }

    /// <summary>Sets the namespace of every namespaced object (kustomize's NamespaceTransformer,
    /// api/filters/namespace/namespace.go: cluster-scoped kinds are left alone), and of RoleBinding and
    /// ClusterRoleBinding subjects named <c>default</c> (its <c>roleBindingHack</c>, the default subject policy).</summary>
    public static void SetNamespace(IEnumerable<BuiltResource> resources, string ns, Introduced from)
    {
        foreach (var resource in resources)
        {
            if (!ClusterScopedKinds.Contains(resource.Kind))
            {
                TreeEdit.At(resource, NamespacePath, _ => TreeEdit.New(resource, YBuild.String(ns, from.Span), from), from);
            }

            if (resource.Kind is "RoleBinding" or "ClusterRoleBinding")
            {
                TreeEdit.At(resource, ["subjects"], node => node is YMapping subject && subject.GetString("name") == "default" && subject.GetString("kind") == "ServiceAccount"
                    ? TreeEdit.Keep(resource, YBuild.With(subject, subject.GetKey("namespace") ?? TreeEdit.New(resource, new YScalar("namespace", YScalarStyle.Plain, from.Span), from), TreeEdit.New(resource, YBuild.String(ns, from.Span), from)), subject)
                    : null, null);
            }
        }
    }
}
