using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>One YAML document of a file; <see cref="Root"/> is null for an empty document.</summary>
public sealed class SourceDocument
{
    public SourceDocument(SourceFile file, int index, YNode? root)
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
    public List<KubeObject> Objects { get; } = [];
}
