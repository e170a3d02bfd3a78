namespace KubeLint.Core.Api;

/// <summary>"Did you mean" for field names: same name in another case, else the closest by edit distance.</summary>
internal static class Suggestions
{
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, word.Length / 3);
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

        var limit = Math.Max(1, word.Length / 3);
        var best = list.Select(c => (Name: c, Distance: Distance(word, c))).Where(c => c.Distance <= limit).GroupBy(c => c.Distance).OrderBy(g => g.Key).FirstOrDefault();
        return best is not null && best.Count() == 1 ? best.First().Name : null;
    }

    /// <summary>Optimal string alignment distance: a swap of two neighbours (replcias) counts one.</summary>
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
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
