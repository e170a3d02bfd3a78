using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>
/// The items of a keyed list being merged, indexed by their first merge key's value. Matching follows kyaml's
/// ElementSetter and FieldMatcher (kubernetes-sigs/kustomize kyaml/yaml/fns.go): a key with a value must be equal, a
/// key without one (when <c>presenceForEmpty</c>) only present. Removed items are kept as null so indices stay valid.
/// </summary>
internal sealed class KeyedItems(IReadOnlyList<string> keys)
{
    private readonly List<YNode?> _items = [];
    private readonly Dictionary<string, List<int>> _byFirstKey = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public YNode? this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    public void Add(YNode item)
    {
        var position = _items.Count;
        _items.Add(item);
        if (Field(item, 0) is { Length: > 0 } first)
        {
            if (!_byFirstKey.TryGetValue(first, out var positions))
            {
                _byFirstKey[first] = positions = [];
            }

            positions.Add(position);
        }
    }

    public void Append(YNode item) => Add(item);

    /// <summary>The item's value for every key ("" where it has none); null for an item with no key at all or not a mapping.</summary>
    public string[]? Values(int index)
    {
        if (_items[index] is not YMapping)
        {
            return null;
        }

        var values = new string[keys.Count];
        var any = false;
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = Field(_items[index]!, k) ?? string.Empty;
            any |= values[k].Length > 0;
        }

        return any ? values : null;
    }

    /// <summary>The values on <paramref name="validKeys"/> ("" where the item has none); null when it has none of them.</summary>
    public string[]? ValuesOn(int index, List<int> validKeys)
    {
        var values = new string[keys.Count];
        Array.Fill(values, string.Empty);
        var any = false;
        foreach (var k in validKeys)
        {
            if (Field(_items[index]!, k) is { Length: > 0 } value)
            {
                values[k] = value;
                any = true;
            }
        }

        return any ? values : null;
    }

    /// <summary>The first live item whose keys with a value in <paramref name="values"/> are equal (others ignored).</summary>
    public int FindFirst(string[] values, bool presenceForEmpty)
    {
        foreach (var position in Candidates(values))
        {
            if (_items[position] is { } item && Matches(item, values, null, presenceForEmpty))
            {
                return position;
            }
        }

        return -1;
    }

    /// <summary>Removes every item matching <paramref name="values"/> on <paramref name="validKeys"/> (ElementSetter without an
    /// element); <paramref name="presenceForEmpty"/> false ignores keys without a value, as appendListNode's shortened values do.</summary>
    public void RemoveAll(string[] values, List<int> validKeys, bool presenceForEmpty = true)
    {
        foreach (var position in Candidates(values))
        {
            if (_items[position] is { } item && Matches(item, values, validKeys, presenceForEmpty))
            {
                _items[position] = null;
            }
        }
    }

    /// <summary>Puts <paramref name="item"/> in every slot matching it (ElementSetter with an element), or appends it.</summary>
    public void Set(YNode item, string[] values, List<int> validKeys)
    {
        var found = false;
        foreach (var position in Candidates(values))
        {
            if (_items[position] is { } current && Matches(current, values, validKeys, presenceForEmpty: true))
            {
                _items[position] = item;
                found = true;
            }
        }

        if (!found)
        {
            Add(item);
        }
    }

    public List<YNode> Live()
    {
        var live = new List<YNode>(_items.Count);
        foreach (var item in _items)
        {
            if (item is not null)
            {
                live.Add(item);
            }
        }

        return live;
    }

    private IEnumerable<int> Candidates(string[] values) =>
        values[0].Length > 0
            ? _byFirstKey.TryGetValue(values[0], out var positions) ? positions : []
            : Enumerable.Range(0, _items.Count);

    private bool Matches(YNode item, string[] values, List<int>? onKeys, bool presenceForEmpty)
    {
        for (var k = 0; k < keys.Count; k++)
        {
            if (onKeys is not null && !onKeys.Contains(k))
            {
                continue;
            }

            var field = Field(item, k);
            if (values[k].Length > 0 ? field != values[k] : presenceForEmpty && field is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text of key <paramref name="k"/> of a mapping item; null when absent or null.</summary>
    private string? Field(YNode item, int k) =>
        item is YMapping mapping && mapping[keys[k]] is YScalar scalar && !YamlNulls.IsMissingOrNull(scalar) ? scalar.Value : null;
}
