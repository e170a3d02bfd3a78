using KubeLint.Core.Text;
using KubeLint.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KubeLint.Core.Loading;

/// <summary>
/// Builds position-carrying trees from YamlDotNet's low-level parser events. The parser does not
/// check duplicate keys, resolve merge keys or compute the end of block collections; this does,
/// iteratively (no recursion), under the limits of <see cref="LoadLimits"/>.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private const string MergeKey = "<<";

    private readonly SourceText _text;
    private readonly LoadLimits _limits;
    private readonly int _lineOffset;
    private readonly Action<DuplicateKey> _onDuplicate;
    private readonly Stack<Frame> _stack = new();
    private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);
    private long _expanded;
    private YNode? _root;

    public YamlTreeBuilder(SourceText text, LoadLimits limits, int lineOffset, Action<DuplicateKey> onDuplicate)
    {
        _text = text;
        _limits = limits;
        _lineOffset = lineOffset;
        _onDuplicate = onDuplicate;
        LastPosition = new SourcePosition(lineOffset + 1, 1);
    }

    /// <summary>The last position seen, for errors that carry none.</summary>
    public SourcePosition LastPosition { get; private set; }

    /// <summary>Resets per-document state (anchors are scoped to their document).</summary>
    public void BeginDocument()
    {
        _stack.Clear();
        _anchors.Clear();
        _expanded = 0;
        _root = null;
    }

    /// <summary>The finished root of the current document.</summary>
    public YNode? EndDocument() => _root;

    /// <summary>Feeds one node event; throws <see cref="LoadLimitException"/> past a limit.</summary>
    public void Accept(ParsingEvent e)
    {
        var start = ToPosition(e.Start);
        LastPosition = start;
        switch (e)
        {
            case Scalar scalar:
                var end = FixEnd(start, ToPosition(e.End));
                if (!scalar.Anchor.IsEmpty || !scalar.Tag.IsEmpty)
                {
                    start = SkipProperties(start, end);
                }

                var span = new SourceSpan(start, end);
                var node = new YScalar(StringPool.Share(scalar.Value), MapStyle(scalar.Style), span, TagOf(scalar.Tag));
                Remember(scalar.Anchor, node);
                Count(1, start);
                Add(node);
                break;
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlException(e.Start, e.End, $"alias *{alias.Value.Value} refers to no anchor defined before it");
                }

                Count(target.Weight, start);
                Add(target);
                break;
            case MappingStart mapping:
                start = mapping.Anchor.IsEmpty && mapping.Tag.IsEmpty ? start : SkipProperties(start, null);
                Push(new Frame(YamlNodeKind.Mapping, start, TagOf(mapping.Tag), mapping.Anchor, mapping.Style == MappingStyle.Flow));
                break;
            case SequenceStart sequence:
                start = sequence.Anchor.IsEmpty && sequence.Tag.IsEmpty ? start : SkipProperties(start, null);
                Push(new Frame(YamlNodeKind.Sequence, start, TagOf(sequence.Tag), sequence.Anchor, sequence.Style == SequenceStyle.Flow));
                break;
            case MappingEnd:
            case SequenceEnd:
                Pop(e);
                break;
        }
    }

    private void Push(Frame frame)
    {
        if (_stack.Count >= _limits.MaxDepth)
        {
            throw new LoadLimitException(LoadProblemKind.TooDeep, $"nesting deeper than {_limits.MaxDepth} levels", frame.Start);
        }

        Count(1, frame.Start);
        _stack.Push(frame);
    }

    private void Pop(ParsingEvent e)
    {
        var frame = _stack.Pop();
        if (frame.PendingKey is { } orphan)
        {
            // YamlDotNet drops the value of some malformed entries (e.g. " : p") and ends the
            // mapping after a lone key; the tree would silently lose data, so report it.
            throw new LoadLimitException(LoadProblemKind.Syntax, "a mapping key without a value: the YAML is malformed here", orphan.Start);
        }

        var end = frame.Flow
            ? new SourcePosition(ToPosition(e.Start).Line, ToPosition(e.Start).Column + 1)
            : frame.LastEnd ?? frame.Start;
        var span = new SourceSpan(frame.Start, end);
        YNode node;
        if (frame.Kind == YamlNodeKind.Mapping)
        {
            frame.ApplyMerges();
            node = new YMapping(frame.Entries!, span, frame.Tag) { Weight = frame.Weight };
        }
        else
        {
            node = new YSequence(frame.Items!, span, frame.Tag) { Weight = frame.Weight };
        }

        Remember(frame.Anchor, node);
        Add(node);
    }

    private void Add(YNode node)
    {
        if (_stack.Count == 0)
        {
            _root = node;
            return;
        }

        var parent = _stack.Peek();
        parent.Weight += node.Weight;
        parent.LastEnd = node.Span.End;
        if (parent.Kind == YamlNodeKind.Sequence)
        {
            parent.Items!.Add(node);
            return;
        }

        if (parent.PendingKey is null)
        {
            parent.PendingKey = node as YScalar
                ?? new YScalar("<complex key>", YScalarStyle.Plain, node.Span);
            return;
        }

        var key = parent.PendingKey;
        parent.PendingKey = null;
        if (key.IsPlain && key.Value == MergeKey)
        {
            parent.AddMergeSource(node);
            return;
        }

        if (parent.TryFindKey(key.Value, out var first))
        {
            _onDuplicate(new DuplicateKey(key.Value, key.Span, first.Span));
            parent.Replace(key, node);
            return;
        }

        parent.AddEntry(new YEntry(key, node));
    }

    private void Count(long nodes, SourcePosition at)
    {
        _expanded += nodes;
        if (_expanded > _limits.MaxExpandedNodes)
        {
            throw new LoadLimitException(
                LoadProblemKind.AliasBomb,
                $"the document expands to more than {_limits.MaxExpandedNodes:N0} nodes through aliases",
                at);
        }
    }

    private void Remember(AnchorName anchor, YNode node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }
    }

    private SourcePosition ToPosition(Mark mark) => new((int)mark.Line + _lineOffset, (int)mark.Column);

    /// <summary>Block scalars end at the start of the next line; move the end back onto the last line of content.</summary>
    private SourcePosition FixEnd(SourcePosition start, SourcePosition end)
    {
        if (end.Column != 1 || end.Line <= start.Line)
        {
            return end;
        }

        var line = end.Line - 1;
        while (line > start.Line && _text.GetLine(line).IsWhiteSpace())
        {
            line--;
        }

        return new SourcePosition(line, _text.GetLine(line).Length + 1);
    }

    /// <summary>YamlDotNet starts a node at its anchor or tag (<c>&amp;a !!str value</c>); findings
    /// belong on the value itself, so move past the properties, and past a line break for block collections.</summary>
    private SourcePosition SkipProperties(SourcePosition start, SourcePosition? end)
    {
        var text = _text.Text;
        var offset = _text.GetLineStart(start.Line) + start.Column - 1;
        while (offset < text.Length && text[offset] is '&' or '!')
        {
            while (offset < text.Length && text[offset] is not (' ' or '\t' or '\r' or '\n'))
            {
                offset++;
            }

            while (offset < text.Length && text[offset] is ' ' or '\t')
            {
                offset++;
            }

            // Block collections start on a later line; skip line breaks, blank lines and comments.
            while (offset < text.Length && text[offset] is '\r' or '\n' or '#' or ' ' or '\t')
            {
                if (text[offset] == '#')
                {
                    while (offset < text.Length && text[offset] is not ('\r' or '\n'))
                    {
                        offset++;
                    }
                }
                else
                {
                    offset++;
                }
            }
        }

        var position = _text.GetPosition(Math.Min(offset, text.Length));
        return end is { } limit && position > limit ? start : position;
    }

    private static string? TagOf(TagName tag) => tag.IsEmpty || tag.IsNonSpecific ? null : tag.Value;

    private static YScalarStyle MapStyle(ScalarStyle style) => style switch
    {
        ScalarStyle.SingleQuoted => YScalarStyle.SingleQuoted,
        ScalarStyle.DoubleQuoted => YScalarStyle.DoubleQuoted,
        ScalarStyle.Literal => YScalarStyle.Literal,
        ScalarStyle.Folded => YScalarStyle.Folded,
        _ => YScalarStyle.Plain,
    };

    private sealed class Frame(YamlNodeKind kind, SourcePosition start, string? tag, AnchorName anchor, bool flow)
    {
        private Dictionary<string, int>? _keyIndex;
        private List<YNode>? _mergeSources;

        public YamlNodeKind Kind { get; } = kind;

        public SourcePosition Start { get; } = start;

        public string? Tag { get; } = tag;

        public AnchorName Anchor { get; } = anchor;

        public bool Flow { get; } = flow;

        public List<YEntry>? Entries { get; } = kind == YamlNodeKind.Mapping ? [] : null;

        public List<YNode>? Items { get; } = kind == YamlNodeKind.Sequence ? [] : null;

        public YScalar? PendingKey { get; set; }

        public SourcePosition? LastEnd { get; set; }

        public long Weight { get; set; } = 1;

        public bool TryFindKey(string key, out YScalar first)
        {
            if (_keyIndex is not null)
            {
                if (_keyIndex.TryGetValue(key, out var index))
                {
                    first = Entries![index].Key;
                    return true;
                }
            }
            else
            {
                foreach (var entry in Entries!)
                {
                    if (entry.Key.Value == key)
                    {
                        first = entry.Key;
                        return true;
                    }
                }
            }

            first = null!;
            return false;
        }

        public void AddEntry(YEntry entry)
        {
            Entries!.Add(entry);
            if (_keyIndex is not null)
            {
                _keyIndex[entry.Key.Value] = Entries.Count - 1;
            }
            else if (Entries.Count > 8)
            {
                // Large mappings (ConfigMap data) would make duplicate checks quadratic.
                _keyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < Entries.Count; i++)
                {
                    _keyIndex[Entries[i].Key.Value] = i;
                }
            }
        }

        /// <summary>The last value wins, as in Kubernetes' non-strict decoding.</summary>
        public void Replace(YScalar key, YNode value)
        {
            var index = Entries!.FindIndex(e => e.Key.Value == key.Value);
            Entries[index] = new YEntry(Entries[index].Key, value);
        }

        public void AddMergeSource(YNode node) => (_mergeSources ??= []).Add(node);

        /// <summary>Resolves <c>&lt;&lt;</c>: keys of the mapping win, then earlier sources over later ones.</summary>
        public void ApplyMerges()
        {
            if (_mergeSources is null)
            {
                return;
            }

            foreach (var source in _mergeSources)
            {
                IEnumerable<YNode> mappings = source is YSequence sequence ? sequence.Items : [source];
                foreach (var mapping in mappings.OfType<YMapping>())
                {
                    foreach (var entry in mapping.Entries)
                    {
                        if (!TryFindKey(entry.Key.Value, out _))
                        {
                            AddEntry(entry);
                        }
                    }
                }
            }
        }
    }
}
