using System.Runtime.CompilerServices;
using KubeLint.Core.Text;

namespace KubeLint.Core.Yaml;

/// <summary>
/// What few nodes have, kept beside them rather than in every node: an explicit tag, and a span that
/// <see cref="PackedSpan"/> cannot hold. Weakly keyed, so an entry lives exactly as long as its node.
/// </summary>
internal sealed class NodeExtras
{
    private static readonly ConditionalWeakTable<YNode, NodeExtras> Table = new();

    public string? Tag { get; set; }

    public SourceSpan Span { get; set; }

    public static NodeExtras Of(YNode node) => Table.GetValue(node, static _ => new NodeExtras());
}
