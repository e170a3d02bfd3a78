namespace KubeLint.Core.Cluster;

/// <summary>Finds the cluster flags in a command line: <c>--flag=value</c>, <c>--flag value</c>, and
/// Go's single-dash forms; comma-separated values become one element each.</summary>
internal static class FlagScanner
{
    public static IEnumerable<RawFact> Scan(IReadOnlyList<SourceWord> words, int level, string source)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var text = word.Text;
            var dashes = text.StartsWith("--", StringComparison.Ordinal) ? 2 : text.StartsWith('-') ? 1 : 0;
            if (dashes == 0)
            {
                continue;
            }

            var equals = text.IndexOf('=');
            var name = equals < 0 ? text[dashes..] : text[dashes..equals];
            if (!ClusterFacts.ScannedFlags.Contains(name))
            {
                continue;
            }

            SourceWord valueWord;
            int valueStart;
            if (equals >= 0)
            {
                (valueWord, valueStart) = (word, equals + 1);
            }
            else if (i + 1 < words.Count && !words[i + 1].Text.StartsWith('-'))
            {
                (valueWord, valueStart) = (words[++i], 0);
            }
            else
            {
                continue;
            }

            yield return new RawFact(name, Split(valueWord, valueStart, ClusterFacts.IsList(name)), level, source);
        }
    }

    /// <summary>The value from <paramref name="start"/>, split at commas for list flags.</summary>
    public static List<RawValue> Split(SourceWord word, int start, bool isList)
    {
        var values = new List<RawValue>();
        var text = word.Text;
        var position = start;
        while (true)
        {
            var comma = isList ? text.IndexOf(',', position) : -1;
            var end = comma < 0 ? text.Length : comma;
            var raw = text[position..end];
            var trimmed = raw.Trim();
            var at = position + raw.IndexOf(trimmed, StringComparison.Ordinal);
            values.Add(new RawValue(trimmed, word.Locate(at, trimmed.Length)));
            if (comma < 0)
            {
                return values;
            }

            position = comma + 1;
        }
    }
}
