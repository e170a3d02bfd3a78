using System.Text.Json.Nodes;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;
using KubeLint.Core.Reporting;
using KubeLint.Core.Reporting.Sarif;
using KubeLint.Core.Tests.Infrastructure;
using NJsonSchema;

namespace KubeLint.Core.Tests.Reporting;

/// <summary>The fixes in the reports: SARIF's <c>fixes</c>, JSON's <c>fixes</c>, "(fix available)" in text and msbuild.</summary>
public sealed class FixOutputTests : IDisposable
{
    // KL1002 at 9:5 (a rename to imagePullPolicy), a CRLF file; KL4001 at 8:12 (latest tag) has no fix.
    private const string Pod = "apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\nspec:\r\n  containers:\r\n  - name: app\r\n    image: app:latest\r\n    imagePullPolcy: Always\r\n";

    private readonly TempFolder _folder = new();
    private readonly LintResult _result;

    public FixOutputTests()
    {
        _folder.Write("pod.yaml", Pod);
        _result = new LintEngine().Run(new LintOptions { Paths = ["pod.yaml"], WorkingDirectory = _folder.Path, TargetVersion = new KubernetesVersion(1, 30) });
    }

    public void Dispose() => _folder.Dispose();

    private string Render(IReporter reporter)
    {
        using var writer = new StringWriter();
        reporter.Write(_result, writer, new ReporterOptions { WorkingDirectory = _folder.Path, Show = Diagnostics.DiagnosticSeverity.Info });
        return writer.ToString();
    }

    [Fact]
    public void Sarif_results_carry_the_fix_as_an_artifact_change()
    {
        var results = JsonNode.Parse(Render(new SarifReporter()))!["runs"]![0]!["results"]!.AsArray();
        var typo = results.Single(r => (string?)r!["ruleId"] == "KL1002")!;
        var fix = Assert.Single(typo["fixes"]!.AsArray())!;
        Assert.Equal("Rename imagePullPolcy to imagePullPolicy", (string?)fix["description"]!["text"]);
        var change = Assert.Single(fix["artifactChanges"]!.AsArray())!;
        Assert.Equal("pod.yaml", (string?)change["artifactLocation"]!["uri"]);
        var replacement = Assert.Single(change["replacements"]!.AsArray())!;
        // Line 9 starts at character 109 of the CRLF text (two characters a line break): the key spans 9:5-9:19.
        Assert.Equal("""{"startLine":9,"startColumn":5,"endLine":9,"endColumn":19,"charOffset":113,"charLength":14}""", replacement["deletedRegion"]!.ToJsonString());
        Assert.Equal("imagePullPolicy", (string?)replacement["insertedContent"]!["text"]);
        Assert.Equal("imagePullPolcy", Pod[113..127]);

        Assert.Null(results.Single(r => (string?)r!["ruleId"] == "KL4001")!["fixes"]);
    }

    [SharedDataFact("sarif/sarif-schema-2.1.0.json")]
    public async Task Sarif_with_fixes_is_valid_against_the_SARIF_2_1_0_schema()
    {
        var schema = await JsonSchema.FromFileAsync(SharedData.Find("sarif/sarif-schema-2.1.0.json")!);
        var json = Render(new SarifReporter());
        Assert.Contains("\"fixes\"", json);
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")));

        // The schema must be able to fail: a replacement without its deleted region is invalid.
        var broken = JsonNode.Parse(json)!;
        var result = broken["runs"]![0]!["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "KL1002")!;
        result["fixes"]![0]!["artifactChanges"]![0]!["replacements"]![0]!.AsObject().Remove("deletedRegion");
        Assert.NotEmpty(schema.Validate(broken.ToJsonString()));
    }

    [Fact]
    public void Json_diagnostics_have_a_fixes_array()
    {
        var diagnostics = JsonNode.Parse(Render(new JsonReporter()))!["diagnostics"]!.AsArray();
        var typo = diagnostics.Single(d => (string?)d!["ruleId"] == "KL1002")!;
        Assert.Equal(
            """[{"title":"Rename imagePullPolcy to imagePullPolicy","equivalenceKey":"KL1002.Rename","edits":[{"file":"pod.yaml","offset":113,"length":14,"line":9,"column":5,"endLine":9,"endColumn":19,"newText":"imagePullPolicy"}]}]""",
            typo["fixes"]!.ToJsonString());
        Assert.Equal("[]", diagnostics.Single(d => (string?)d!["ruleId"] == "KL4001")!["fixes"]!.ToJsonString());
    }

    [Fact]
    public void Text_and_msbuild_say_fix_available_only_where_there_is_one()
    {
        var text = Render(new TextReporter());
        Assert.Contains("pod.yaml:9:5: error KL1002: unknown field \"imagePullPolcy\" in Container; did you mean \"imagePullPolicy\"? (fix available)\n", text.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("(fix available)", text.ReplaceLineEndings("\n").Split('\n').Single(l => l.Contains("KL4001")));
        var msbuild = Render(new MsBuildReporter()).ReplaceLineEndings("\n").Split('\n');
        Assert.EndsWith("(fix available)", msbuild.Single(l => l.Contains("KL1002")));
        Assert.DoesNotContain("(fix available)", msbuild.Single(l => l.Contains("KL4001")));
    }
}
