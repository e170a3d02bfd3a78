using System.Globalization;
using System.Text;

namespace KubeLint.Core.Fixes;

/// <summary>A unified diff (<c>diff -u</c>, three lines of context) of two texts, for <c>kubelint fix --diff</c>.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>Lines past which the middle (after common first and last lines) is shown as one change,
    /// not aligned: the alignment is quadratic, and fixes change few lines of a file.</summary>
    private const long MaxAlignedCells = 4_000_000;

    public static string Create(string oldText, string newText, string oldName, string newName)
    {
        var (a, b) = (Lines(oldText), Lines(newText));
        var ops = Align(a, b);
        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n').Append("+++ ").Append(newName).Append('\n');
        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // A hunk: from Context lines before this change to Context lines after the last change closer than 2 × Context.
            var start = Math.Max(0, i - Context);
            var end = i;
            while (end < ops.Count)
            {
                var next = end;
                while (next < ops.Count && ops[next].Kind == ' ')
                {
                    next++;
                }

                if (next == ops.Count || next - end > 2 * Context)
                {
                    break;
                }

                end = next;
                while (end < ops.Count && ops[end].Kind != ' ')
                {
                    end++;
                }
            }

            end = Math.Min(ops.Count, end + Context);
            var hunk = ops.GetRange(start, end - start);
            var oldStart = ops[start].OldLine;
            var newStart = ops[start].NewLine;
            var oldCount = hunk.Count(o => o.Kind != '+');
            var newCount = hunk.Count(o => o.Kind != '-');
            output.Append(CultureInfo.InvariantCulture, $"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@\n");
            foreach (var op in hunk)
            {
                var line = op.Kind == '+' ? b[op.NewLine] : a[op.OldLine];
                output.Append(op.Kind).Append(line.TrimEnd('\n').TrimEnd('\r')).Append('\n');
                if (!line.EndsWith('\n'))
                {
                    output.Append("\\ No newline at end of file\n");
                }
            }

            i = end;
        }

        return output.ToString();
    }

    private static string Range(int start, int count) => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";

    /// <summary>Lines with their line breaks, so a change of the last line's break shows.</summary>
    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var at = 0;
        while (at < text.Length)
        {
            var next = text.IndexOf('\n', at);
            var end = next < 0 ? text.Length : next + 1;
            lines.Add(text[at..end]);
            at = end;
        }

        return lines;
    }

    private readonly record struct Op(char Kind, int OldLine, int NewLine);

    /// <summary>Keeps (' '), deletions ('-') and insertions ('+') in order, by a longest common subsequence
    /// of the lines between the common first and last ones.</summary>
    private static List<Op> Align(List<string> a, List<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var ops = new List<Op>(a.Count + b.Count);
        for (var k = 0; k < prefix; k++)
        {
            ops.Add(new Op(' ', k, k));
        }

        var (n, m) = (a.Count - prefix - suffix, b.Count - prefix - suffix);
        if ((long)n * m > MaxAlignedCells)
        {
            for (var k = 0; k < n; k++)
            {
                ops.Add(new Op('-', prefix + k, prefix));
            }

            for (var k = 0; k < m; k++)
            {
                ops.Add(new Op('+', prefix + n, prefix + k));
            }
        }
        else
        {
            var lcs = new int[n + 1, m + 1];
            for (var x = n - 1; x >= 0; x--)
            {
                for (var y = m - 1; y >= 0; y--)
                {
                    lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
                }
            }

            var (i, j) = (0, 0);
            while (i < n || j < m)
            {
                if (i < n && j < m && a[prefix + i] == b[prefix + j])
                {
                    ops.Add(new Op(' ', prefix + i++, prefix + j++));
                }
                else if (i < n && (j == m || lcs[i + 1, j] >= lcs[i, j + 1]))
                {
                    ops.Add(new Op('-', prefix + i++, prefix + j));
                }
                else
                {
                    ops.Add(new Op('+', prefix + i, prefix + j++));
                }
            }
        }

        for (var k = 0; k < suffix; k++)
        {
            ops.Add(new Op(' ', a.Count - suffix + k, b.Count - suffix + k));
        }

        return ops;
    }
}
