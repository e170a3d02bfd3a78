namespace KubeLint.Core.Loading;

/// <summary>
/// Works around YamlDotNet's scanner (<c>Scanner.ScanBlockScalarBreaks</c>, its "found extra spaces in first
/// line" check for suite case W9L4), which rejects any literal block scalar whose first line holds only
/// spaces, two or more. YAML 1.2 (§8.1.1.1, "Block Indentation Indicator") forbids only leading empty lines
/// with more spaces than the first line of content; suite cases JEF9/01 and the ConfigMap in
/// <c>BlockScalarLeadingSpacesTests</c> are valid and kubectl reads them (go-yaml's
/// <c>yaml_parser_scan_block_scalar_breaks</c> takes the most-indented leading line as the indentation).
/// Such a line adds a line break and nothing else, so blanking it keeps the value; lines and columns of
/// every token stay as they are (only characters on lines that hold nothing else go).
/// </summary>
internal static class BlockScalarLeadingLines
{
    /// <summary>What YamlDotNet's scanner says when it rejects such a scalar.</summary>
    public const string ScannerMessage = "found extra spaces in first line";

    /// <summary>
    /// The text with the whitespace-only lines above <paramref name="errorLine"/> (1-based, where the
    /// scanner stopped: the first line of content, or the end) blanked, when they lead a block scalar with no
    /// indentation indicator and none has more spaces than its content; otherwise null, and the error stands.
    /// </summary>
    public static string? Repair(string text, int errorLine)
    {
        var lines = LineStarts(text);
        if (errorLine < 2 || errorLine > lines.Count + 1)
        {
            return null;
        }

        // Walk up from the error over whitespace-only lines to the line holding the header.
        var header = errorLine - 1;
        while (header >= 1 && IsSpacesOnly(Line(text, lines, header)))
        {
            header--;
        }

        if (header < 1 || header == errorLine - 1 || !EndsWithAutoIndentHeader(Line(text, lines, header)))
        {
            return null;
        }

        var headerIndent = Indent(Line(text, lines, header));
        var leadingMax = 0;
        for (var line = header + 1; line < errorLine; line++)
        {
            leadingMax = Math.Max(leadingMax, Line(text, lines, line).Length);
        }

        if (errorLine <= lines.Count)
        {
            var content = Line(text, lines, errorLine);
            var contentIndent = Indent(content);
            var hasContent = content.ContainsAnyExcept(' ') && contentIndent > headerIndent;
            if (hasContent && leadingMax > contentIndent)
            {
                // Leading lines deeper than the content: invalid YAML (suite case W9L4).
                return null;
            }
        }

        var builder = new System.Text.StringBuilder(text.Length);
        builder.Append(text, 0, lines[header]);
        for (var line = header + 1; line < errorLine; line++)
        {
            builder.Append(LineBreak(text, lines, line));
        }

        var rest = errorLine <= lines.Count ? lines[errorLine - 1] : text.Length;
        builder.Append(text, rest, text.Length - rest);
        return builder.ToString();
    }

    /// <summary><c>|</c> or <c>&gt;</c> with an optional chomping indicator (no indentation digit) ends the line, before any comment.</summary>
    private static bool EndsWithAutoIndentHeader(ReadOnlySpan<char> line)
    {
        var comment = line.IndexOf(" #", StringComparison.Ordinal);
        var head = (comment >= 0 ? line[..comment] : line).TrimEnd(" \t");
        if (head.Length > 0 && head[^1] is '+' or '-')
        {
            head = head[..^1];
        }

        return head.Length > 0 && head[^1] is '|' or '>' && (head.Length == 1 || head[^2] is ' ' or '\t');
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            if (i + 1 < text.Length)
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    /// <summary>A line's text without its line break.</summary>
    private static ReadOnlySpan<char> Line(string text, List<int> starts, int line)
    {
        var start = starts[line - 1];
        var end = line < starts.Count ? starts[line] : text.Length;
        var span = text.AsSpan(start, end - start);
        return span.TrimEnd("\r\n");
    }

    private static ReadOnlySpan<char> LineBreak(string text, List<int> starts, int line)
    {
        var start = starts[line - 1];
        var end = line < starts.Count ? starts[line] : text.Length;
        var span = text.AsSpan(start, end - start);
        return span[span.TrimEnd("\r\n").Length..];
    }

    private static bool IsSpacesOnly(ReadOnlySpan<char> line) => !line.ContainsAnyExcept(' ');

    private static int Indent(ReadOnlySpan<char> line)
    {
        var i = line.IndexOfAnyExcept(' ');
        return i < 0 ? line.Length : i;
    }
}
