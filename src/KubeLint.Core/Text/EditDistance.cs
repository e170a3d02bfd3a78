namespace KubeLint.Core.Text;

/// <summary>Levenshtein distance with a bound, for did-you-mean hints (Service host names, the CLI's options): work
/// stops once every path exceeds it.</summary>
internal static class EditDistance
{
    /// <summary>The distance between two strings when it is at most <paramref name="max"/>, else null.</summary>
    public static int? Within(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return null;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return null;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= max ? previous[b.Length] : null;
    }
}
