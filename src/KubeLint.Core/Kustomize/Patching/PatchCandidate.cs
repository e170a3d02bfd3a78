using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>
/// What kustomize matches a patch target against, for one object of the build: its current id and, when an earlier
/// step renamed it (a namePrefix, a namespace), its original name and namespace, which kustomize tries first
/// (kubernetes-sigs/kustomize api/resmap/reswrangler.go, resWrangler.Select, OrgId then CurId).
/// </summary>
internal sealed record PatchCandidate(
    string ApiVersion,
    string Kind,
    string Name,
    string? Namespace,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    string? OriginalName = null,
    string? OriginalNamespace = null,
    bool IsClusterScoped = false)
{
    public string Group => Model.ApiVersions.Split(ApiVersion).Group;

    public string Version => Model.ApiVersions.Split(ApiVersion).Version;

    /// <summary>Reads an object's id, labels and annotations from its root mapping.</summary>
    public static PatchCandidate Of(YMapping root, bool isClusterScoped = false)
    {
        var metadata = root.GetMapping("metadata");
        return new PatchCandidate(
            root.GetString("apiVersion") ?? string.Empty,
            root.GetString("kind") ?? string.Empty,
            metadata?.GetString("name") ?? string.Empty,
            metadata?.GetString("namespace"),
            Model.KubeObject.ReadStringMap(metadata?.GetMapping("labels")),
            Model.KubeObject.ReadStringMap(metadata?.GetMapping("annotations")),
            IsClusterScoped: isClusterScoped);
    }

    /// <summary>kyaml/resid/resid.go, ResId.EffectiveNamespace: none or <c>default</c> is <c>default</c>; cluster-scoped objects have none.</summary>
    internal static string EffectiveNamespace(string? ns, bool clusterScoped) =>
        clusterScoped ? "_non_namespaceable_" : string.IsNullOrEmpty(ns) ? "default" : ns;
}
