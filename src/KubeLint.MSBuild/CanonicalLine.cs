using System.Globalization;
using System.Text.RegularExpressions;

namespace KubeLint.MSBuild;

/// <summary>One line of <c>kubelint --format msbuild</c>:
/// <c>path(line,col,endLine,endCol): error KL0001: message</c>.</summary>
internal sealed class CanonicalLine
{
    private static readonly Regex Pattern = new(
        @"^(?<file>.+?)\((?<line>\d+),(?<col>\d+)(?:,(?<endLine>\d+),(?<endCol>\d+))?\): (?<severity>error|warning|info) (?<code>[A-Za-z][A-Za-z0-9]*[0-9]): (?<message>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private CanonicalLine(string file, int line, int column, int endLine, int endColumn, string severity, string code, string message)
    {
        File = file;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
        Severity = severity;
        Code = code;
        Message = message;
    }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    /// <summary>error, warning or info.</summary>
    public string Severity { get; }

    public string Code { get; }

    public string Message { get; }

    public static CanonicalLine? TryParse(string text)
    {
        var match = Pattern.Match(text);
        if (!match.Success)
        {
            return null;
        }

        return new CanonicalLine(
            match.Groups["file"].Value,
            Number(match.Groups["line"]),
            Number(match.Groups["col"]),
            Number(match.Groups["endLine"]),
            Number(match.Groups["endCol"]),
            match.Groups["severity"].Value,
            match.Groups["code"].Value,
            match.Groups["message"].Value);
    }

    private static int Number(Group group) =>
        group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
