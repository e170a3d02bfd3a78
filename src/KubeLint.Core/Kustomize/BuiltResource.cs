using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize;

/// <summary>One object while a kustomization is built: its current tree (replaced, never mutated, by each
/// transformer), where each node was written, and the names it had, which name references are resolved against
/// (kustomize's <c>resource.Resource.PrevIds</c>, api/resource/resource.go).</summary>
internal sealed class BuiltResource
{
    public BuiltResource(YMapping root, SourceFile file, NodeOrigins origins)
    {
        Root = root;
        File = file;
        Origins = origins;
        Kind = root.GetString("kind") ?? string.Empty;
        ApiVersion = root.GetString("apiVersion") ?? string.Empty;
        Group = ApiVersions.Split(ApiVersion).Group;
        OriginalName = Name;
        OriginalNamespace = Namespace;
        Names.Add(Name);
    }

    public YMapping Root { get; set; }

    /// <summary>The file the object's document was written in (the kustomization for a generated one).</summary>
    public SourceFile File { get; }

    public NodeOrigins Origins { get; }

    public string Kind { get; }

    public string ApiVersion { get; }

    public string Group { get; }

    public string Name => Root.GetMapping("metadata")?.GetString("name") ?? string.Empty;

    public string? Namespace => Root.GetMapping("metadata")?.GetString("namespace");

    public string OriginalName { get; }

    public string? OriginalNamespace { get; }

    /// <summary>Every name the object had, first the one written; name references may use any of them.</summary>
    public List<string> Names { get; } = [];

    /// <summary>A generated ConfigMap or Secret whose name gets kustomize's content hash at the end of the build.</summary>
    public bool NeedsHashSuffix { get; set; }

    public SourceFile FileOf(YNode node) => Origins.FileOf(node) ?? File;

    public void NoteName()
    {
        if (Names[^1] != Name)
        {
            Names.Add(Name);
        }
    }

    public override string ToString() => $"{Kind}/{Name}";
}
