using System.Globalization;
using System.Text;

namespace KubeLint.Core.Reporting;

/// <summary>
/// Text from a manifest (a name, an image, a file name) made safe for one line of a line-based output:
/// a newline in a container name must not start a second, forged <c>file(1,1): error …</c> line for
/// MSBuild or a workflow command for GitHub, and an ANSI escape must not rewrite the terminal.
/// </summary>
internal static class LineText
{
    /// <summary>Writes line breaks as <c>\n</c> and <c>\r</c> and every other control character (C0 but tab,
    /// DEL, C1, and the Unicode line and paragraph separators) as <c>\u</c> with four hex digits; other text is
    /// returned as it is, without copying.</summary>
    public static string Escape(string value) => Escape(value, keepLineBreaks: false);

    /// <summary>As <see cref="Escape(string)"/>; with <paramref name="keepLineBreaks"/>, CR and LF are left for a
    /// format that encodes them itself (GitHub's workflow commands write them as <c>%0D</c> and <c>%0A</c>).</summary>
    public static string Escape(string value, bool keepLineBreaks)
    {
        var first = 0;
        while (first < value.Length && !NeedsEscape(value[first], keepLineBreaks))
        {
            first++;
        }

        if (first == value.Length)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8).Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (!NeedsEscape(c, keepLineBreaks))
            {
                builder.Append(c);
            }
            else if (c == '\n')
            {
                builder.Append("\\n");
            }
            else if (c == '\r')
            {
                builder.Append("\\r");
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c, bool keepLineBreaks) =>
        (c < ' ' && c != '\t' && !(keepLineBreaks && c is '\n' or '\r')) || (c >= '\u007f' && c <= '\u009f') || c is '\u2028' or '\u2029';
}
