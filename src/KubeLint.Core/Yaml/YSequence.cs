using KubeLint.Core.Text;

namespace KubeLint.Core.Yaml;

public sealed class YSequence : YNode
{
    private readonly List<YNode> _items;

    public YSequence(List<YNode> items, SourceSpan span, string? tag = null)
        : base(span, tag)
    {
        _items = items;
    }

    public override YamlNodeKind Kind => YamlNodeKind.Sequence;

    public IReadOnlyList<YNode> Items => _items;

    public int Count => _items.Count;

    /// <summary>The items that are mappings, the usual shape of lists in manifests.</summary>
    public IEnumerable<YMapping> Mappings => _items.OfType<YMapping>();
}
