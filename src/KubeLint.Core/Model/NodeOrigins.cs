using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>
/// The file each node of a built object was written in, for objects assembled from several files
/// (a kustomize base, its patches and its kustomization): a finding on a node points at that file.
/// </summary>
/// <remarks>Keyed by node identity, not by value: two equal scalars from two files are two nodes.</remarks>
internal sealed class NodeOrigins
{
    private readonly Dictionary<YNode, SourceFile> _files = new(ReferenceEqualityComparer.Instance);

    public int Count => _files.Count;

    /// <summary>Records that <paramref name="node"/> was written in <paramref name="file"/>; the first record wins.</summary>
    public void Add(YNode node, SourceFile file) => _files.TryAdd(node, file);

    /// <summary>Records <paramref name="file"/> for every node of a subtree not recorded yet.</summary>
    public void AddTree(YNode root, SourceFile file)
    {
        foreach (var node in YTree.Nodes(root))
        {
            _files.TryAdd(node, file);
        }
    }

    public SourceFile? FileOf(YNode node) => _files.GetValueOrDefault(node);
}
