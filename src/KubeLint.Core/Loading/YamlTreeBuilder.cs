using KubeLint.Core.Text;
using KubeLint.Core.Yaml;
using YamlDotNet.Core;

namespace KubeLint.Core.Loading;

/// <summary>
/// Builds position-carrying trees from the calls of <see cref="TokenParser"/>. YAML's grammar does not
/// check duplicate keys, resolve merge keys or give the end of block collections; this does,
/// iteratively (no recursion), under the limits of <see cref="LoadLimits"/>.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private const string MergeKey = "<<";

    private readonly SourceText _text;
    private readonly LoadLimits _limits;
    private readonly int _lineOffset;
    private readonly Action<DuplicateKey> _onDuplicate;
    // Frames are reused by depth: their lists keep their capacity, and only exact arrays are retained.
    private readonly List<Frame> _frames = [];
    private int _depth;
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
        _depth = 0;
        _anchors.Clear();
        _expanded = 0;
        _root = null;
    }

    /// <summary>The finished root of the current document.</summary>
    public YNode? EndDocument() => _root;

    /// <summary>A scalar; <paramref name="start"/> is the value's own start, after any anchor or tag.</summary>
    public void Scalar(string value, ScalarStyle style, Mark start, Mark end, string? anchor, string? tag)
    {
        var from = ToPosition(start);
        LastPosition = from;
        var span = new SourceSpan(from, FixEnd(from, ToPosition(end)));
        var node = new YScalar(StringPool.Share(value), MapStyle(style), span, tag);
        Remember(anchor, node);
        Count(1, from);
        Add(node);
    }

    public void Alias(string name, Mark start, Mark end)
    {
        LastPosition = ToPosition(start);
        if (!_anchors.TryGetValue(name, out var target))
        {
            throw new LoaderSyntaxException(start, end, $"alias *{name} refers to no anchor defined before it");
        }

        Count(target.Weight, LastPosition);
        Add(target);
    }

    /// <summary>A mapping or sequence opens at <paramref name="start"/>, its first key, dash or bracket.</summary>
    public void BeginCollection(YamlNodeKind kind, bool flow, Mark start, string? anchor, string? tag)
    {
        var from = ToPosition(start);
        LastPosition = from;
        Push(kind, from, tag, anchor, flow);
    }

    /// <summary>Closes the innermost collection; <paramref name="at"/> is its closing bracket, or the token after a block collection.</summary>
    public void EndCollection(Mark at)
    {
        var frame = _frames[--_depth];
        if (frame.PendingKey is { } orphan)
        {
            throw new LoadLimitException(LoadProblemKind.Syntax, "a mapping key without a value: the YAML is malformed here", orphan.Start);
        }

        var close = ToPosition(at);
        var end = frame.Flow ? new SourcePosition(close.Line, close.Column + 1) : frame.LastEnd ?? frame.Start;
        var span = new SourceSpan(frame.Start, end);
        YNode node;
        if (frame.Kind == YamlNodeKind.Mapping)
        {
            frame.ApplyMerges();
            node = new YMapping(frame.Entries.ToArray(), span, frame.Tag, frame.Weight);
        }
        else
        {
            node = new YSequence([.. frame.Items], span, frame.Tag, frame.Weight);
        }

        Remember(frame.Anchor, node);
        Add(node);
    }

    private void Push(YamlNodeKind kind, SourcePosition start, string? tag, string? anchor, bool flow)
    {
        if (_depth >= _limits.MaxDepth)
        {
            throw new LoadLimitException(LoadProblemKind.TooDeep, $"nesting deeper than {_limits.MaxDepth} levels", start);
        }

        Count(1, start);
        if (_depth == _frames.Count)
        {
            _frames.Add(new Frame());
        }

        _frames[_depth++].Reset(kind, start, tag, anchor, flow);
    }

    private void Add(YNode node)
    {
        if (_depth == 0)
        {
            _root = node;
            return;
        }

        var parent = _frames[_depth - 1];
        parent.Weight += node.Weight;
        parent.LastEnd = node.Span.End;
        if (parent.Kind == YamlNodeKind.Sequence)
        {
            parent.Items.Add(node);
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

    private void Remember(string? anchor, YNode node)
    {
        if (anchor is not null)
        {
            _anchors[anchor] = node;
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

    private static YScalarStyle MapStyle(ScalarStyle style) => style switch
    {
        ScalarStyle.SingleQuoted => YScalarStyle.SingleQuoted,
        ScalarStyle.DoubleQuoted => YScalarStyle.DoubleQuoted,
        ScalarStyle.Literal => YScalarStyle.Literal,
        ScalarStyle.Folded => YScalarStyle.Folded,
        _ => YScalarStyle.Plain,
    };

    private sealed class Frame
    {
        // First key of each name, filled once a mapping grows past a few entries (empty until then).
        private readonly Dictionary<string, YScalar> _keyIndex = new(StringComparer.Ordinal);
        private List<YNode>? _mergeSources;

        public YamlNodeKind Kind { get; private set; }

        public SourcePosition Start { get; private set; }

        public string? Tag { get; private set; }

        public string? Anchor { get; private set; }

        public bool Flow { get; private set; }

        public YEntryList Entries { get; } = new();

        public List<YNode> Items { get; } = [];

        public YScalar? PendingKey { get; set; }

        public SourcePosition? LastEnd { get; set; }

        public long Weight { get; set; }

        public void Reset(YamlNodeKind kind, SourcePosition start, string? tag, string? anchor, bool flow)
        {
            (Kind, Start, Tag, Anchor, Flow) = (kind, start, tag, anchor, flow);
            Entries.Clear();
            Items.Clear();
            _keyIndex.Clear();
            _mergeSources = null;
            PendingKey = null;
            LastEnd = null;
            Weight = 1;
        }

        public bool TryFindKey(string key, out YScalar first)
        {
            if (_keyIndex.Count > 0)
            {
                return _keyIndex.TryGetValue(key, out first!);
            }

            var index = IndexOf(key);
            first = index >= 0 ? Entries[index].Key : null!;
            return index >= 0;
        }

        public void AddEntry(YEntry entry)
        {
            Entries.Add(entry);
            if (_keyIndex.Count > 0)
            {
                _keyIndex.TryAdd(entry.Key.Value, entry.Key);
            }
            else if (Entries.Count > 8)
            {
                // Large mappings (ConfigMap data) would make duplicate checks quadratic.
                for (var i = 0; i < Entries.Count; i++)
                {
                    _keyIndex.TryAdd(Entries[i].Key.Value, Entries[i].Key);
                }
            }
        }

        /// <summary>The last value wins, as in Kubernetes' non-strict decoding.</summary>
        public void Replace(YScalar key, YNode value)
        {
            var index = IndexOf(key.Value);
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

        /// <summary>The first entry with this key, or -1.</summary>
        private int IndexOf(string key)
        {
            for (var i = 0; i < Entries.Count; i++)
            {
                if (Entries[i].Key.Value == key)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
