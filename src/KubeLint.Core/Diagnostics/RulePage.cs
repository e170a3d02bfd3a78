using System.Globalization;
using System.Text;

namespace KubeLint.Core.Diagnostics;

/// <summary>
/// The parts of a rule's page (<c>rules/KLxxxx.md</c>) that its descriptor declares, written from it: the heading
/// (<c># ID: Title</c>), the facts table under it (category, default severity, enabled, the security score of a
/// security rule, tags) and the first block of <c>## Options</c> (one row per declared option with its type,
/// default and description). Everything else is prose and stays as written, including a parenthesised remark after
/// a fact in the table (<c>info (warning with `--complete`)</c>), which says when the fact does not apply.
/// <c>kubelint rule-pages</c> writes pages with it, <c>kubelint explain</c> prints pages through it, and a test
/// holds the committed pages to it.
/// </summary>
internal static class RulePage
{
    public const string OptionsHeading = "## Options";

    private const string OptionsHeader = "| option | type | default | meaning |";

    /// <summary><paramref name="page"/> with its declared parts made from <paramref name="rule"/>; the page unchanged
    /// when they already agree. A page written with CRLF line breaks keeps them.</summary>
    public static string Generate(string page, DiagnosticDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(rule);
        var crlf = page.Contains("\r\n", StringComparison.Ordinal);
        var lines = page.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var body = WithHeader(lines, rule);
        body = WithOptions(body, rule);
        var text = string.Join('\n', body);
        return crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;
    }

    /// <summary>The heading, a blank line, the facts table, replacing what stands there (a heading, then a table).</summary>
    private static List<string> WithHeader(List<string> lines, DiagnosticDescriptor rule)
    {
        var at = 0;
        if (lines.Count > 0 && lines[0].StartsWith("# ", StringComparison.Ordinal))
        {
            at = 1;
        }

        while (at < lines.Count && lines[at].Length == 0)
        {
            at++;
        }

        var oldTable = new List<string>();
        while (at < lines.Count && lines[at].StartsWith('|'))
        {
            oldTable.Add(lines[at++]);
        }

        var rest = lines.Skip(at).ToList();
        if (oldTable.Count == 0 && (rest.Count == 0 || rest[0].Length > 0))
        {
            rest.Insert(0, string.Empty);
        }

        return [$"# {rule.Id}: {rule.Title}", string.Empty, .. FactsTable(rule, Remarks(oldTable)), .. rest];
    }

    private static List<string> FactsTable(DiagnosticDescriptor rule, Dictionary<string, string> remarks)
    {
        var columns = new List<(string Name, string Value)>
        {
            ("Category", rule.Category),
            ("Default severity", rule.DefaultSeverity.ToWord()),
            ("Enabled", rule.IsEnabledByDefault ? "yes" : "no"),
        };
        if (rule.SecuritySeverity is { } score)
        {
            columns.Add(("Security severity", score.ToString("0.0", CultureInfo.InvariantCulture)));
        }

        // The security tag goes without saying beside a security score (a test keeps the two together).
        var tags = rule.CustomTags.Where(t => !(t == RuleTags.Security && rule.SecuritySeverity is not null)).ToList();
        if (tags.Count > 0)
        {
            columns.Add(("Tags", string.Join(", ", tags.Select(t => $"`{t}`"))));
        }

        return
        [
            "| " + string.Join(" | ", columns.Select(c => c.Name)) + " |",
            "|" + string.Concat(columns.Select(_ => "---|")),
            "| " + string.Join(" | ", columns.Select(c => c.Value + remarks.GetValueOrDefault(c.Name, string.Empty))) + " |",
        ];
    }

    /// <summary>The remarks of the old table's first row, by column name: a cell's text from " (" when it ends with ")".</summary>
    private static Dictionary<string, string> Remarks(List<string> table)
    {
        var remarks = new Dictionary<string, string>(StringComparer.Ordinal);
        if (table.Count < 3)
        {
            return remarks;
        }

        var (names, cells) = (Cells(table[0]), Cells(table[2]));
        for (var i = 0; i < Math.Min(names.Count, cells.Count); i++)
        {
            var open = cells[i].IndexOf(" (", StringComparison.Ordinal);
            if (open > 0 && cells[i].EndsWith(')'))
            {
                remarks[names[i]] = cells[i][open..];
            }
        }

        return remarks;
    }

    private static List<string> Cells(string row) =>
        row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();

    /// <summary>The Options section's first block made the options table; the section added before
    /// <c>## Suppression</c> (or at the end) when the rule has options and the page has no section, and the
    /// table dropped (with the section, when nothing else is in it) when the rule has none.</summary>
    private static List<string> WithOptions(List<string> lines, DiagnosticDescriptor rule)
    {
        var heading = lines.IndexOf(OptionsHeading);
        var table = rule.Options.Count == 0 ? [] : OptionsTable(rule.Options);
        if (heading < 0)
        {
            if (table.Count == 0)
            {
                return lines;
            }

            var before = lines.IndexOf("## Suppression");
            if (before < 0)
            {
                var end = lines.Count;
                while (end > 0 && lines[end - 1].Length == 0)
                {
                    end--;
                }

                return [.. lines.Take(end), string.Empty, OptionsHeading, .. table, .. lines.Skip(end).DefaultIfEmpty(string.Empty)];
            }

            return [.. lines.Take(before), OptionsHeading, .. table, string.Empty, .. lines.Skip(before)];
        }

        var blockEnd = heading + 1;
        while (blockEnd < lines.Count && lines[blockEnd].Length > 0 && !lines[blockEnd].StartsWith("## ", StringComparison.Ordinal))
        {
            blockEnd++;
        }

        var generated = blockEnd > heading + 1 && lines[heading + 1] == OptionsHeader;
        if (table.Count == 0)
        {
            return generated ? WithoutOptionsTable(lines, heading, blockEnd) : lines;
        }

        return [.. lines.Take(heading + 1), .. table, .. lines.Skip(blockEnd)];
    }

    /// <summary>The lines without the generated table of a rule that declares no options; without the section too
    /// when only blank lines were left in it.</summary>
    private static List<string> WithoutOptionsTable(List<string> lines, int heading, int blockEnd)
    {
        var next = blockEnd;
        while (next < lines.Count && lines[next].Length == 0)
        {
            next++;
        }

        var empty = next == lines.Count || lines[next].StartsWith("## ", StringComparison.Ordinal);
        return empty
            ? [.. lines.Take(heading), .. lines.Skip(next)]
            : [.. lines.Take(heading + 1), .. lines.Skip(blockEnd + 1)];
    }

    private static List<string> OptionsTable(IReadOnlyList<RuleOption> options) =>
    [
        OptionsHeader,
        "|---|---|---|---|",
        .. options.Select(o => $"| `{o.Name}` | {o.KindText} | {(o.DefaultText is { } value ? $"`{value}`" : "none")} | {Cell(o.Description)} |"),
    ];

    /// <summary>A description as a table cell: the characters Markdown would read as a cell's end, emphasis or code escaped.</summary>
    private static string Cell(string text)
    {
        var cell = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '|' or '*' or '`' or '<')
            {
                cell.Append('\\');
            }

            cell.Append(c);
        }

        return cell.ToString();
    }
}
