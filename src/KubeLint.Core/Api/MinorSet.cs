using System.Globalization;
using System.Numerics;
using System.Text;
using KubeLint.Core.Text;

namespace KubeLint.Core.Api;

/// <summary>A set of Kubernetes 1.x minors (x &lt; 64), parsed from the tables' <c>5-15,17-36</c>.</summary>
internal readonly record struct MinorSet(ulong Bits)
{
    public static readonly MinorSet Empty = new(0);

    public bool IsEmpty => Bits == 0;

    public bool Contains(int minor) => minor is >= 0 and < 64 && (Bits & (1UL << minor)) != 0;

    public int First => Bits == 0 ? -1 : BitOperations.TrailingZeroCount(Bits);

    public int Last => Bits == 0 ? -1 : 63 - BitOperations.LeadingZeroCount(Bits);

    /// <summary>The smallest minor above <paramref name="minor"/> in the set, or -1.</summary>
    public int FirstAfter(int minor) => minor >= 63 ? -1 : new MinorSet(Bits & ~((2UL << minor) - 1)).First;

    /// <summary>The largest minor below <paramref name="minor"/> in the set, or -1.</summary>
    public int LastBefore(int minor) => minor <= 0 ? -1 : new MinorSet(Bits & ((1UL << minor) - 1)).Last;

    public MinorSet Union(MinorSet other) => new(Bits | other.Bits);

    public static MinorSet Parse(ReadOnlySpan<char> text)
    {
        ulong bits = 0;
        foreach (var part in new Segments(text, ','))
        {
            if (part.IsEmpty)
            {
                continue;
            }

            var dash = part.IndexOf('-');
            var start = int.Parse(dash < 0 ? part : part[..dash], NumberStyles.None, CultureInfo.InvariantCulture);
            var end = dash < 0 ? start : int.Parse(part[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
            for (var minor = start; minor <= end && minor < 64; minor++)
            {
                bits |= 1UL << minor;
            }
        }

        return new MinorSet(bits);
    }

    /// <summary>E.g. <c>1.5–1.15 and 1.17–1.36</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var minor = First; minor >= 0;)
        {
            var end = minor;
            while (Contains(end + 1))
            {
                end++;
            }

            text.Append(text.Length > 0 ? " and " : string.Empty).Append("1.").Append(minor);
            if (end != minor)
            {
                text.Append("–1.").Append(end);
            }

            minor = FirstAfter(end);
        }

        return text.ToString();
    }
}
