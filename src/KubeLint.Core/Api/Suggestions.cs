namespace KubeLint.Core.Api;

/// <summary>
/// "Did you mean" for what a user typed against a known set: field names, kinds, enum values, time zones and the
/// options a rule declares (KL9001). The same name in another case wins; else the closest by <see cref="Distance"/>
/// (case ignored, a swap of neighbours one edit) within <see cref="Limit"/>; the first candidate wins a tie.
/// </summary>
internal static class Suggestions
{
    /// <summary>
    /// The farthest a suggestion may be: a third of the typed word's length, and at least one edit. Measured on
    /// the typed word, so every candidate competes under the same bound: one edit in three keeps the suggestion
    /// recognisably the word the user meant, and the floor of one lets a two-letter slip (<c>mx</c>) find
    /// <c>max</c> while two edits on a short word (<c>ab</c> to <c>max</c>) are a guess, not a correction.
    /// </summary>
    public static int Limit(string word) => Math.Max(1, word.Length / 3);

    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Limit(word);
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, word, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            var distance = Distance(word, candidate);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The closest candidate only when it is the only one that close (a case-insensitive match,
    /// else the single candidate at the smallest distance within the limit): safe to rename to.</summary>
    public static string? Unique(string word, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        var sameCase = list.FindAll(c => string.Equals(c, word, StringComparison.OrdinalIgnoreCase));
        if (sameCase.Count > 0)
        {
            return sameCase.Count == 1 ? sameCase[0] : null;
        }

        var limit = Limit(word);
        var best = list.Select(c => (Name: c, Distance: Distance(word, c))).Where(c => c.Distance <= limit).GroupBy(c => c.Distance).OrderBy(g => g.Key).FirstOrDefault();
        return best is not null && best.Count() == 1 ? best.First().Name : null;
    }

    /// <summary>Optimal string alignment distance, case ignored: a swap of two neighbours (replcias) counts one.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = SameLetter(a[i - 1], b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && SameLetter(a[i - 1], b[j - 2]) && SameLetter(a[i - 2], b[j - 1]))
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static bool SameLetter(char a, char b) => char.ToLowerInvariant(a) == char.ToLowerInvariant(b);
}
