using KubeLint.Core.Collections;
using KubeLint.Core.Text;

namespace KubeLint.Core.Api;

/// <summary>One shape of a field over a range of minors.</summary>
internal sealed record FieldVariant(MinorSet Minors, FieldType Type, string ObjectName, string[] Required);

/// <summary>A field path of a kind: its shapes over time.</summary>
internal sealed class FieldEntry(FieldVariant[] variants)
{
    public FieldVariant[] Variants { get; } = variants;

    public MinorSet Minors { get; } = Union(variants);

    private static MinorSet Union(FieldVariant[] variants)
    {
        var minors = MinorSet.Empty;
        foreach (var variant in variants)
        {
            minors = minors.Union(variant.Minors);
        }

        return minors;
    }

    public FieldVariant? At(int minor)
    {
        foreach (var variant in Variants)
        {
            if (variant.Minors.Contains(minor))
            {
                return variant;
            }
        }

        return null;
    }
}

/// <summary>
/// Every field path of one group/version/kind across 1.5 … 1.36: <c>.</c> is the object,
/// <c>spec.template.spec.containers[].image</c> a nested field, <c>[]</c> a list item, <c>{}</c> a map value.
/// </summary>
/// <remarks>
/// The table's text is kept as it is, with an index of where each path's lines start; a field is parsed
/// the first time it is looked up. A lint visits a few hundred of a kind's 1,500 paths, and parsing every
/// line up front (strings, records, a dictionary) was a fifth of a 5-file cold start and most of its
/// allocation, which then cost the run its first garbage collection.
/// </remarks>
internal sealed class KindSchema
{
    private readonly string _text;

    // Per path, in table order: where its first line starts, where its last line ends, its length.
    private readonly int[] _start;
    private readonly int[] _end;
    private readonly int[] _pathLength;

    // Open addressing over the paths' hashes: a path's index plus one, 0 for an empty slot.
    private readonly int[] _slots;
    private readonly FieldEntry?[] _entries;
    private Dictionary<string, List<string>>? _children;

    private KindSchema(string text, int[] start, int[] end, int[] pathLength, int count)
    {
        _text = text;
        _start = start;
        _end = end;
        _pathLength = pathLength;
        Count = count;
        _entries = new FieldEntry?[count];
        _slots = new int[SlotCountFor(count)];
        for (var path = 0; path < count; path++)
        {
            var slot = SlotOf(PathAt(path));
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = path + 1;
        }
    }

    public const string RootPath = ".";

    public int Count { get; }

    public FieldEntry? this[string path] => this[path.AsSpan()];

    /// <summary>The field at a path held in a buffer, without making a string of it.</summary>
    public FieldEntry? this[ReadOnlySpan<char> path]
    {
        get
        {
            for (var slot = SlotOf(path); _slots[slot] != 0; slot = (slot + 1) & (_slots.Length - 1))
            {
                var index = _slots[slot] - 1;
                if (PathAt(index).SequenceEqual(path))
                {
                    return Volatile.Read(ref _entries[index]) ?? Parsed(index);
                }
            }

            return null;
        }
    }

    public static string Child(string parent, string name) => parent == RootPath ? name : string.Concat(parent, ".", name);

    /// <summary>Property names under an object path (in any minor), for suggestions.</summary>
    public IReadOnlyList<string> ChildrenOf(string path) =>
        LazyInitializer.EnsureInitialized(ref _children, IndexChildren).TryGetValue(path, out var names) ? names : [];

    /// <summary>Indexes a table: <c>path \t minors \t type \t object name \t required</c> per line, the lines of
    /// one path together.</summary>
    internal static KindSchema Parse(string text)
    {
        var lines = 1;
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            lines++;
        }

        // At most a path a line: sized once, where growing the three arrays would leave their halves behind.
        var start = new int[lines];
        var end = new int[lines];
        var pathLength = new int[lines];
        var count = 0;
        for (var at = 0; at < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', at);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var line = text.AsSpan(at, lineEnd - at);
            var tab = line.IndexOf('\t');
            if (line.Length > 0 && line[0] != '#' && tab > 0)
            {
                if (count > 0 && text.AsSpan(start[count - 1], pathLength[count - 1]).SequenceEqual(line[..tab]))
                {
                    end[count - 1] = lineEnd;
                }
                else
                {
                    (start[count], end[count], pathLength[count]) = (at, lineEnd, tab);
                    count++;
                }
            }

            at = lineEnd + 1;
        }

        return new KindSchema(text, start, end, pathLength, count);
    }

    private static int SlotCountFor(int count)
    {
        var slots = 16;
        while (slots < count * 2)
        {
            slots *= 2;
        }

        return slots;
    }

    private int SlotOf(ReadOnlySpan<char> path) => string.GetHashCode(path) & (_slots.Length - 1);

    private ReadOnlySpan<char> PathAt(int index) => _text.AsSpan(_start[index], _pathLength[index]);

    /// <summary>Parses one path's lines. Lookups may race on parallel analysis: both parse the same lines,
    /// and either result serves.</summary>
    private FieldEntry Parsed(int index)
    {
        var variants = new List<FieldVariant>(1);
        foreach (var line in new Segments(_text.AsSpan(_start[index], _end[index] - _start[index]), '\n'))
        {
            // TrimEnd: a checkout that turned the table's \n into \r\n (.gitattributes asks git not to).
            variants.Add(ParseVariant(line.TrimEnd('\r')));
        }

        var entry = new FieldEntry([.. variants]);
        return Interlocked.CompareExchange(ref _entries[index], entry, null) ?? entry;
    }

    private static FieldVariant ParseVariant(ReadOnlySpan<char> line)
    {
        Span<Range> parts = stackalloc Range[6];
        var count = line.Split(parts, '\t');
        var required = count > 4 && !line[parts[4]].IsEmpty ? line[parts[4]].ToString().Split(',') : [];
        var objectName = count > 3 ? line[parts[3]].ToString() : string.Empty;
        return new FieldVariant(MinorSet.Parse(line[parts[1]]), FieldTypes.Parse(line[parts[2]]), objectName, required);
    }

    private Dictionary<string, List<string>> IndexChildren()
    {
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var index = 0; index < Count; index++)
        {
            var path = PathAt(index).ToString();
            if (path == RootPath || path.EndsWith(']') || path.EndsWith('}'))
            {
                continue;
            }

            var dot = path.LastIndexOf('.');
            var parent = dot < 0 ? RootPath : path[..dot];
            children.AddToList(parent, dot < 0 ? path : path[(dot + 1)..]);
        }

        return children;
    }
}
