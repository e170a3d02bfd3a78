using System.Text;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;

namespace KubeLint.Core.Reporting;

/// <summary>
/// GitHub Actions workflow commands, which the runner turns into annotations on the pull request:
/// <c>::error file=deploy/app.yaml,line=14,col=18,endLine=14,endColumn=23,title=KL2001::message</c>.
/// Paths are relative to the repository root, as the runner expects.
/// </summary>
internal sealed class GitHubReporter : IReporter
{
    public string Name => "github";

    public void Write(LintResult result, TextWriter writer, ReporterOptions options)
    {
        var root = SourceRoot.Find(options.WorkingDirectory);
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.WriteLine(Format(diagnostic, root));
        }
    }

    public static string Format(Diagnostic diagnostic, SourceRoot root)
    {
        var command = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };
        var location = diagnostic.Location;
        var builder = new StringBuilder("::").Append(command).Append(' ');
        if (!string.IsNullOrEmpty(location.Path))
        {
            var file = root.Relative(location.FullPath) ?? location.Path.Replace('\\', '/');
            builder.Append("file=").Append(EscapeProperty(file))
                .Append(",line=").Append(location.Start.Line)
                .Append(",col=").Append(location.Start.Column)
                .Append(",endLine=").Append(location.End.Line)
                .Append(",endColumn=").Append(location.End.Column)
                .Append(',');
        }

        builder.Append("title=").Append(EscapeProperty(diagnostic.Id))
            .Append("::").Append(EscapeData($"{diagnostic.Message} ({diagnostic.Descriptor.HelpLinkUri})"));
        return builder.ToString();
    }

    /// <summary>The runner's escaping for a command's message: <c>%</c>, CR and LF; before it, every other control
    /// character is written out (<see cref="LineText"/>), so that an escape sequence from a manifest reaches the log as text.</summary>
    public static string EscapeData(string value) =>
        LineText.Escape(value, keepLineBreaks: true)
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>The runner's escaping for a property value: as for data, plus <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
