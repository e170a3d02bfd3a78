using KubeLint.Core.Collections;

namespace KubeLint.Core.Api;

/// <summary>One shape of a field over a range of minors.</summary>
public sealed record FieldVariant(MinorSet Minors, FieldType Type, string ObjectName, string[] Required);

/// <summary>A field path of a kind: its shapes over time.</summary>
public sealed class FieldEntry(FieldVariant[] variants)
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
public sealed class KindSchema
{
    private readonly Dictionary<string, FieldEntry> _fields;
    private readonly Dictionary<string, FieldEntry>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly Lazy<Dictionary<string, List<string>>> _children;

    internal KindSchema(Dictionary<string, FieldEntry> fields)
    {
        _fields = fields;
        _bySpan = fields.GetAlternateLookup<ReadOnlySpan<char>>();
        _children = new Lazy<Dictionary<string, List<string>>>(IndexChildren);
    }

    public const string RootPath = ".";

    public int Count => _fields.Count;

    public FieldEntry? this[string path] => _fields.GetValueOrDefault(path);

    /// <summary>The field at a path held in a buffer, without making a string of it.</summary>
    public FieldEntry? this[ReadOnlySpan<char> path] => _bySpan.TryGetValue(path, out var entry) ? entry : null;

    public static string Child(string parent, string name) => parent == RootPath ? name : string.Concat(parent, ".", name);

    /// <summary>Property names under an object path (in any minor), for suggestions.</summary>
    public IReadOnlyList<string> ChildrenOf(string path) => _children.Value.TryGetValue(path, out var names) ? names : [];

    /// <summary>Parses a table: <c>path \t minors \t type \t object name \t required</c> per line.</summary>
    internal static KindSchema Parse(TextReader reader)
    {
        var variants = new Dictionary<string, List<FieldVariant>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            var required = parts.Length > 4 && parts[4].Length > 0 ? parts[4].Split(',') : [];
            var variant = new FieldVariant(MinorSet.Parse(parts[1]), FieldTypes.Parse(parts[2]), parts.Length > 3 ? parts[3] : string.Empty, required);
            variants.AddToList(parts[0], variant);
        }

        var fields = new Dictionary<string, FieldEntry>(variants.Count, StringComparer.Ordinal);
        foreach (var (path, list) in variants)
        {
            fields.Add(path, new FieldEntry(list.ToArray()));
        }

        return new KindSchema(fields);
    }

    private Dictionary<string, List<string>> IndexChildren()
    {
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in _fields.Keys)
        {
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
