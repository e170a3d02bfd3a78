using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;
using KubeLint.Core.Reporting;
using KubeLint.Core.Reporting.Sarif;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Reporting;

/// <summary>
/// The reporters' output, byte for byte, against expectations committed in TestData/reporters (made by the
/// build before the JSON and SARIF reporters streamed their output): the order of findings, every field and
/// the non-ASCII text must survive any change to how the reports are written. Regenerate with
/// <c>kubelint inputs --kubernetes-version 1.27 [--severity info] --format F</c> in that folder, elapsed times
/// set to 0; for SARIF only its results are held, since its rule list grows with every new rule.
/// </summary>
public sealed class ReporterOutputTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "KubeLint.Core.Tests", "TestData", "reporters");

    private static readonly Lazy<LintResult> Result = new(() => new LintEngine().Run(new LintOptions
    {
        Paths = ["inputs"],
        WorkingDirectory = Folder,
        TargetVersion = new KubernetesVersion(1, 27),
    }));

    [Fact]
    public void Json_output_is_the_committed_expectation()
    {
        var json = Render(new JsonReporter());
        Assert.Equal(Expected("expected.json"), ZeroElapsed(json, "\"elapsedMs\": ([0-9]+)"));
    }

    [Fact]
    public void Text_output_is_the_committed_expectation()
    {
        var text = Render(new TextReporter());
        Assert.Equal(Expected("expected.txt"), ZeroElapsed(text, "; ([0-9]+) ms$"));
    }

    [Fact]
    public void Sarif_results_are_the_committed_expectation()
    {
        var sarif = Render(new SarifReporter());
        var start = sarif.IndexOf("\n      \"results\": [", StringComparison.Ordinal);
        Assert.True(start > 0, "no results array in the SARIF output");
        Assert.Equal(Expected("expected-results.sarif"), sarif[(start + 1)..]);
    }

    [Fact]
    public void Expectations_hold_the_findings_they_are_about()
    {
        // Not an empty or truncated expectation: the findings of the inputs, in the reporters' order.
        var ids = Result.Value.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => $"{d.Id}@{Path.GetFileName(d.Location.Path)}:{d.Location.Start}").ToArray();
        Assert.Equal(["KL3001@service.yaml:8:5", "KL1012@service.yaml:17:14", "KL2001@service.yaml:25:15", "KL0005@web.yaml:5:9", "KL4001@web.yaml:20:16", "KL1002@web.yaml:21:9"], ids);
        Assert.Contains("\"name\": \"café-web\"", Expected("expected.json"), StringComparison.Ordinal);
    }

    /// <summary>The streamed writer gives the text one buffered pass gave, whatever falls on a chunk boundary:
    /// multi-byte characters (two, three and four bytes in UTF-8) over many 64 KiB chunks.</summary>
    [Theory]
    [InlineData("é")]
    [InlineData("€x")]
    [InlineData("😀ab")]
    public void Streamed_json_text_is_the_buffered_text(string unit)
    {
        var value = string.Concat(Enumerable.Repeat(unit, 997));
        using var streamed = new StringWriter();
        using (var output = new JsonTextOutput(streamed))
        {
            WriteValues(output.Json, value, output.Drain);
            output.Finish();
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteValues(json, value, () => { });
        }

        var expected = Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
        Assert.True(expected.Length > 1 << 18, "the test must span several chunks");
        Assert.Equal(expected, streamed.ToString());
    }

    [Fact]
    public void An_empty_report_is_one_line_break_after_the_value()
    {
        using var streamed = new StringWriter();
        using (var output = new JsonTextOutput(streamed))
        {
            output.Json.WriteStartArray();
            output.Json.WriteEndArray();
            output.Finish();
        }

        Assert.Equal("[]" + Environment.NewLine, streamed.ToString());
    }

    private static void WriteValues(Utf8JsonWriter json, string value, Action drain)
    {
        json.WriteStartArray();
        for (var i = 0; i < 300; i++)
        {
            json.WriteStringValue(value[..(i % 7 == 0 ? value.Length : value.Length - i)]);
            drain();
        }

        json.WriteEndArray();
    }

    private static string Render(IReporter reporter)
    {
        using var writer = new StringWriter();
        reporter.Write(Result.Value, writer, new ReporterOptions { WorkingDirectory = Folder, Show = DiagnosticSeverity.Info });
        return writer.ToString().ReplaceLineEndings("\n");
    }

    private static string Expected(string name) => File.ReadAllText(Path.Combine(Folder, name)).ReplaceLineEndings("\n");

    /// <summary>The run's elapsed milliseconds, the one figure that differs between runs, set to 0.</summary>
    private static string ZeroElapsed(string text, string pattern) =>
        Regex.Replace(text, pattern, m => m.Value.Replace(m.Groups[1].Value, "0", StringComparison.Ordinal), RegexOptions.Multiline);
}
