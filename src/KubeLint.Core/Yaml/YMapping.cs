using KubeLint.Core.Text;

namespace KubeLint.Core.Yaml;

/// <summary>A key and its value. Keys are scalars; a complex key is kept as its source text.</summary>
public readonly record struct YEntry(YScalar Key, YNode Value);

public sealed class YMapping : YNode
{
    private readonly YEntry[] _entries;
    private readonly long _weight;

    internal YMapping(YEntry[] entries, SourceSpan span, string? tag, long weight)
        : base(span, tag)
    {
        _entries = entries;
        _weight = weight;
    }

    public override YamlNodeKind Kind => YamlNodeKind.Mapping;

    public NodeList<YEntry> Entries => new(_entries);

    public int Count => _entries.Length;

    internal override long Weight => _weight;

    /// <summary>The value of a key, or null. Linear: manifests' mappings are small.</summary>
    public YNode? this[string key] => TryGetEntry(key, out var entry) ? entry.Value : null;

    public bool TryGetEntry(string key, out YEntry entry) => TryGetEntry(key.AsSpan(), out entry);

    /// <summary>The entry of a key given as a span (a part of a dotted path), without making a string of it.</summary>
    public bool TryGetEntry(ReadOnlySpan<char> key, out YEntry entry)
    {
        foreach (var candidate in _entries)
        {
            if (key.SequenceEqual(candidate.Key.Value))
            {
                entry = candidate;
                return true;
            }
        }

        entry = default;
        return false;
    }

    /// <summary>The key node of <paramref name="key"/>, for diagnostics that point at a field name.</summary>
    public YScalar? GetKey(string key) => TryGetEntry(key, out var entry) ? entry.Key : null;

    /// <summary>A scalar value's text, or null when absent, null or not a scalar.</summary>
    public string? GetString(string key) =>
        this[key] is YScalar scalar && !scalar.IsNull ? scalar.Value : null;

    public YMapping? GetMapping(string key) => this[key] as YMapping;

    public YSequence? GetSequence(string key) => this[key] as YSequence;
}
