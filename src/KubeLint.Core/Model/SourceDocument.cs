using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>One YAML document of a file; <see cref="Root"/> is null for an empty document.</summary>
public sealed class SourceDocument
{
    internal SourceDocument(SourceFile file, int index, YNode? root)
    {
        File = file;
        Index = index;
        Root = root;
    }

    public SourceFile File { get; }

    /// <summary>0-based position of the document in its file.</summary>
    public int Index { get; }

    public YNode? Root { get; }

    /// <summary>The Kubernetes objects this document holds (several for a <c>List</c>).</summary>
    public IReadOnlyList<KubeObject> Objects => ObjectList;

    /// <summary>The writable view of <see cref="Objects"/>, filled by the loader and the kustomize stage.</summary>
    internal List<KubeObject> ObjectList { get; } = [];
}
