using KubeLint.Core.Text;

namespace KubeLint.Core.Yaml;

/// <summary>A node of a loaded manifest, with the exact span it came from.</summary>
/// <remarks>Nodes reached through an alias are shared, so a tree is a DAG; <see cref="Weight"/>
/// counts a node as if aliases were expanded, which is what the expansion budget limits.</remarks>
public abstract class YNode
{
    private ulong _bits;

    private protected YNode(SourceSpan span, string? tag, YScalarStyle style = YScalarStyle.Plain)
    {
        _bits = PackedSpan.WithStyle(0, style);
        if (tag is not null)
        {
            NodeExtras.Of(this).Tag = tag;
            _bits |= PackedSpan.Tagged;
        }

        Span = span;
    }

    public abstract YamlNodeKind Kind { get; }

    /// <remarks>Kept packed in 8 bytes (<see cref="PackedSpan"/>); a span that does not fit is kept beside the node.</remarks>
    public SourceSpan Span
    {
        get => (_bits & PackedSpan.Wide) == 0 ? PackedSpan.SpanOf(_bits) : NodeExtras.Of(this).Span;
        internal set
        {
            _bits = PackedSpan.WithSpan(_bits, value);
            if ((_bits & PackedSpan.Wide) != 0)
            {
                NodeExtras.Of(this).Span = value;
            }
        }
    }

    public SourcePosition Start => Span.Start;

    /// <summary>An explicit tag such as <c>!!str</c>, or null.</summary>
    /// <remarks>Tags are rare in manifests: a tagged node keeps its tag beside it (<see cref="NodeExtras"/>), so
    /// that the others spend nothing on one.</remarks>
    public string? Tag => (_bits & PackedSpan.Tagged) == 0 ? null : NodeExtras.Of(this).Tag;

    /// <summary>Number of nodes in this subtree with aliases expanded.</summary>
    internal virtual long Weight => 1;

    /// <summary>The style bits and flags of <see cref="PackedSpan"/>, for the scalar's style.</summary>
    private protected ulong Bits => _bits;
}
