using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;

namespace KubeLint.Core.Reporting;

/// <summary>MSBuild's canonical error format, which IDEs and <c>dotnet build</c> make clickable:
/// <c>path(line,col,endLine,endCol): error KL0001: message</c>.</summary>
internal sealed class MsBuildReporter : IReporter
{
    /// <summary>After the message of a finding <c>kubelint fix</c> can fix (text and msbuild formats).</summary>
    public const string FixAvailable = " (fix available)";

    public string Name => "msbuild";

    public void Write(LintResult result, TextWriter writer, ReporterOptions options)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity >= options.Show)
            {
                writer.WriteLine(Format(diagnostic, Fixes.CodeFixes.For(result, diagnostic).Count > 0));
            }
        }

        // Not in the canonical shape (no error or warning category before a colon), so MSBuild and IDEs print it as it is.
        if (!options.Quiet && HiddenFindings.Line(result, options) is { } hidden)
        {
            writer.WriteLine($"kubelint: {hidden}");
        }
    }

    public static string Format(Diagnostic diagnostic) => Format(diagnostic, fixAvailable: false);

    /// <summary>The canonical line; <paramref name="fixAvailable"/> appends " (fix available)": <c>kubelint fix</c> would fix it.</summary>
    public static string Format(Diagnostic diagnostic, bool fixAvailable)
    {
        var location = diagnostic.Location;
        var category = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{LineText.Escape(location.Path)}({location.Start.Line},{location.Start.Column},{location.End.Line},{location.End.Column}): {category} {diagnostic.Id}: {LineText.Escape(diagnostic.Message)}{(fixAvailable ? FixAvailable : string.Empty)}";
    }
}
