using System.Text;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;

namespace KubeLint.Testing;

/// <summary>Holds reported findings to expected ones and, when they differ, says how in one message.</summary>
internal static class Comparison
{
    public static void Check(string analyzerName, List<Expectation> expected, List<Diagnostic> actual, SeverityResolver resolver)
    {
        var unmatched = new List<Diagnostic>(actual);
        var missing = new List<Expectation>();
        var wrong = new List<string>();
        foreach (var expectation in expected.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Span.Start))
        {
            var found = unmatched.FindIndex(d => d.Id == expectation.Rule.Id && d.Location.Path == expectation.Path && d.Location.Span == expectation.Span);
            if (found < 0)
            {
                missing.Add(expectation);
                continue;
            }

            var diagnostic = unmatched[found];
            unmatched.RemoveAt(found);
            if (expectation.Message is { } message && message != diagnostic.Message)
            {
                wrong.Add($"  {expectation}: message{Environment.NewLine}    expected: {message}{Environment.NewLine}    actual:   {diagnostic.Message}");
            }

            var severity = expectation.Severity ?? resolver.Resolve(expectation.Rule, diagnostic.Location.FullPath);
            if (severity != diagnostic.Severity)
            {
                wrong.Add($"  {expectation}: severity {diagnostic.Severity.ToWord()}, expected {severity?.ToWord() ?? "none"}"
                    + (expectation.Severity is null ? " (the configured default; the rule chose another: add .WithSeverity(…))" : string.Empty));
            }
        }

        if (missing.Count == 0 && unmatched.Count == 0 && wrong.Count == 0)
        {
            return;
        }

        var report = new StringBuilder($"{analyzerName}: the findings differ from the expected ones.").AppendLine();
        Section(report, "Expected, not reported:", missing.Select(e => "  " + e + (e.Message is null ? string.Empty : ": " + e.Message)));
        Section(report, "Reported, not expected:", unmatched.Select(Describe));
        Section(report, "Reported with other details:", wrong);
        Section(report, "All reported:", actual.Select(Describe));
        throw new VerificationException(report.ToString().TrimEnd());
    }

    private static void Section(StringBuilder report, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count > 0)
        {
            report.AppendLine(title);
            foreach (var line in list)
            {
                report.AppendLine(line);
            }
        }
    }

    /// <summary>A finding as a test would expect it, so that the report can be pasted into the test.</summary>
    private static string Describe(Diagnostic d) =>
        $"  {d.Id} {d.Location.Path}({d.Location.Start.Line},{d.Location.Start.Column},{d.Location.End.Line},{d.Location.End.Column}) {d.Severity.ToWord()}: {d.Message}"
        + $"{Environment.NewLine}    // Diagnostic(\"{d.Id}\").WithSpan(\"{d.Location.Path}\", {d.Location.Start.Line}, {d.Location.Start.Column}, {d.Location.End.Line}, {d.Location.End.Column}).WithMessage(\"{d.Message.Replace("\"", "\\\"", StringComparison.Ordinal)}\")";
}
