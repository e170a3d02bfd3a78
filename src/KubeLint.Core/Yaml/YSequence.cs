using KubeLint.Core.Text;

namespace KubeLint.Core.Yaml;

public sealed class YSequence : YNode
{
    private readonly YNode[] _items;
    private readonly long _weight;

    internal YSequence(YNode[] items, SourceSpan span, string? tag, long weight)
        : base(span, tag)
    {
        _items = items;
        _weight = weight;
    }

    public override YamlNodeKind Kind => YamlNodeKind.Sequence;

    public NodeList<YNode> Items => new(_items);

    public int Count => _items.Length;

    internal override long Weight => _weight;

    /// <summary>The items that are mappings, the usual shape of lists in manifests.</summary>
    public IEnumerable<YMapping> Mappings => _items.OfType<YMapping>();
}
