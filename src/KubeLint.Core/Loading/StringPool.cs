namespace KubeLint.Core.Loading;

/// <summary>
/// Shares equal short strings between loaded documents. Manifests repeat the same keys and many
/// values thousands of times, and every loaded tree is kept until the run ends, so sharing them
/// cuts the retained heap and the garbage collector's work. A fixed table of slots, last writer
/// wins: bounded memory, no locks, and a lost race only costs a duplicate.
/// </summary>
internal static class StringPool
{
    private const int SlotCount = 1 << 14;
    private const int MaxLength = 40;
    private static readonly string?[] Slots = new string?[SlotCount];

    public static string Share(string value)
    {
        if (value.Length == 0 || value.Length > MaxLength)
        {
            return value;
        }

        var slot = string.GetHashCode(value) & (SlotCount - 1);
        var existing = Volatile.Read(ref Slots[slot]);
        if (existing is not null && string.Equals(existing, value, StringComparison.Ordinal))
        {
            return existing;
        }

        Volatile.Write(ref Slots[slot], value);
        return value;
    }
}
