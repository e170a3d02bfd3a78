using KubeLint.Core.Yaml;

namespace KubeLint.Core.Loading;

/// <summary>
/// The growing entries of a mapping being built. Not <c>List&lt;YEntry&gt;</c>: value-type generic, see ColdStartJitTests.
/// </summary>
internal sealed class YEntryList
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1825", Justification = "Value-type generic: see ColdStartJitTests.")]
    private static readonly YEntry[] None = new YEntry[0];

    private YEntry[] _items = new YEntry[8];

    public int Count { get; private set; }

    public YEntry this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    public void Add(YEntry entry)
    {
        if (Count == _items.Length)
        {
            var larger = new YEntry[_items.Length * 2];
            Array.Copy(_items, larger, Count);
            _items = larger;
        }

        _items[Count++] = entry;
    }

    /// <summary>Forgets the entries (and drops their nodes, so a reused frame keeps no tree alive).</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }

    public YEntry[] ToArray()
    {
        if (Count == 0)
        {
            return None;
        }

        var exact = new YEntry[Count];
        Array.Copy(_items, exact, Count);
        return exact;
    }
}
