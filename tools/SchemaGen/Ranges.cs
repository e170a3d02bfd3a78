using System.Globalization;
using System.Text;

namespace KubeLint.SchemaGen;

/// <summary>Minor versions as compact ranges: <c>5-15,17-36</c>.</summary>
internal static class Ranges
{
    public static string Format(IEnumerable<int> minors)
    {
        var sorted = minors.Distinct().Order().ToList();
        var text = new StringBuilder();
        for (var i = 0; i < sorted.Count;)
        {
            var start = sorted[i];
            var end = start;
            while (i + 1 < sorted.Count && sorted[i + 1] == end + 1)
            {
                end = sorted[++i];
            }

            i++;
            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append(start.ToString(CultureInfo.InvariantCulture));
            if (end != start)
            {
                text.Append('-').Append(end.ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
