using KubeLint.Core.Text;

namespace KubeLint.Core.Yaml;

/// <summary>A node of a loaded manifest, with the exact span it came from.</summary>
/// <remarks>Nodes reached through an alias are shared, so a tree is a DAG; <see cref="Weight"/>
/// counts a node as if aliases were expanded, which is what the expansion budget limits.</remarks>
public abstract class YNode
{
    private protected YNode(SourceSpan span)
    {
        Span = span;
    }

    public abstract YamlNodeKind Kind { get; }

    public SourceSpan Span { get; internal set; }

    public SourcePosition Start => Span.Start;

    /// <summary>An explicit tag such as <c>!!str</c>, or null.</summary>
    /// <remarks>Each kind keeps its own: a scalar keeps it with its style in one shared field, which makes the
    /// tree's most numerous object 48 bytes instead of 56.</remarks>
    public abstract string? Tag { get; }

    /// <summary>Number of nodes in this subtree with aliases expanded.</summary>
    internal virtual long Weight => 1;
}
