using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;

namespace KubeLint.Core.Reporting;

/// <summary><c>path:line:col: severity ID: message</c>, the source line with a caret under the span, and a summary.</summary>
internal sealed class TextReporter : IReporter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";

    public string Name => "text";

    public void Write(LintResult result, TextWriter writer, ReporterOptions options)
    {
        var files = result.Files.ToDictionary(f => f.FullPath, StringComparer.Ordinal);
        if (result.Options.Config.File is { } config)
        {
            // KL9001 findings point into the configuration; show its lines too.
            files.TryAdd(config.FullPath, config);
        }

        RuleSourceFiles.AddTo(files, result.Diagnostics);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity >= options.Show)
            {
                WriteDiagnostic(writer, diagnostic, files, options, Fixes.CodeFixes.For(result, diagnostic).Count > 0);
            }
        }

        if (!options.Quiet)
        {
            // -q prints findings only
            if (HiddenFindings.Line(result, options) is { } hidden)
            {
                writer.WriteLine(hidden);
            }

            writer.WriteLine(Summary(result));
        }
    }

    public static string Summary(LintResult result)
    {
        var text = $"{Plural(result.Count(DiagnosticSeverity.Error), "error")}, {Plural(result.Count(DiagnosticSeverity.Warning), "warning")}, {Plural(result.Count(DiagnosticSeverity.Info), "info")}"
            + $" in {Plural(result.Files.Count, "file")} ({Plural(result.DocumentCount, "document")}, {Plural(result.ObjectCount, "object")})";
        if (result.ContextFileCount > 0)
        {
            text += $"; {Plural(result.ContextFileCount, "context file")}";
        }

        if (result.Suppressed.Count > 0)
        {
            text += $"; {result.Suppressed.Count} suppressed";
        }

        if (result.Skipped.Count > 0)
        {
            text += $"; {result.Skipped.Count} skipped (--verbose lists them)";
        }

        return text + $"; Kubernetes {result.Options.TargetVersion.ToString()}; {result.Elapsed.TotalMilliseconds:F0} ms";
    }

    private static void WriteDiagnostic(TextWriter writer, Diagnostic diagnostic, Dictionary<string, SourceFile> files, ReporterOptions options, bool fixAvailable)
    {
        var location = diagnostic.Location;
        var severity = diagnostic.Severity.ToWord();
        var head = $"{LineText.Escape(location.Path)}:{location.Start.Line}:{location.Start.Column}:";
        var message = LineText.Escape(diagnostic.Message) + (fixAvailable ? MsBuildReporter.FixAvailable : string.Empty);
        if (options.Color)
        {
            writer.WriteLine($"{Bold}{head}{Reset} {Colour(diagnostic.Severity)}{severity} {diagnostic.Id}{Reset}: {message}");
        }
        else
        {
            writer.WriteLine($"{head} {severity} {diagnostic.Id}: {message}");
        }

        if (files.TryGetValue(location.FullPath, out var file) && file.Text is { } text && location.Start.Line <= text.LineCount)
        {
            var line = text.GetLine(location.Start.Line).ToString().Replace('\t', ' ');
            if (LineText.Escape(line) is var safe && !ReferenceEquals(safe, line))
            {
                line = safe; // a control character in the source: the caret may be off, the terminal is not rewritten
            }

            var number = location.Start.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var gutter = Repeat(' ', number.Length);
            var start = Math.Clamp(location.Start.Column - 1, 0, line.Length);
            var end = location.End.Line == location.Start.Line ? Math.Clamp(location.End.Column - 1, start, line.Length) : line.Length;
            var caret = Repeat(' ', start) + Repeat('^', Math.Max(1, end - start));
            writer.WriteLine(options.Color ? $"{Dim} {number} |{Reset} {line}" : $" {number} | {line}");
            writer.WriteLine(options.Color ? $"{Dim} {gutter} |{Reset} {Colour(diagnostic.Severity)}{caret}{Reset}" : $" {gutter} | {caret}");
        }

        foreach (var related in diagnostic.AdditionalLocations)
        {
            writer.WriteLine($"  related: {LineText.Escape(related.Path)}:{related.Start.Line}:{related.Start.Column}");
        }
    }

    /// <summary>Not <c>new string(c, n)</c>: see ColdStartJitTests. Filled on the stack, so each finding's gutter and caret allocate their string only.</summary>
    private static string Repeat(char c, int count)
    {
        Span<char> chars = count <= 256 ? stackalloc char[count] : new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = c;
        }

        return new string(chars);
    }

    private static string Colour(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "\u001b[31;1m",
        DiagnosticSeverity.Warning => "\u001b[33;1m",
        _ => "\u001b[36m",
    };

    private static string Plural(int count, string word) =>
        count == 1 || word == "info" ? $"{count} {(word == "info" && count != 1 ? "infos" : word)}" : $"{count} {word}s";
}
