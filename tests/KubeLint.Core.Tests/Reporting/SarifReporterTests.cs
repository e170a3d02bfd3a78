using System.Text.Json;
using System.Text.Json.Nodes;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Reporting.Sarif;
using KubeLint.Core.Tests.Infrastructure;
using NJsonSchema;

namespace KubeLint.Core.Tests.Reporting;

public class SarifReporterTests : IClassFixture<ReportFixture>
{
    private readonly ReportFixture _fixture;
    private readonly JsonNode _run;

    public SarifReporterTests(ReportFixture fixture)
    {
        _fixture = fixture;
        _run = JsonNode.Parse(fixture.Render(new SarifReporter()))!["runs"]![0]!;
    }

    [SharedDataFact("sarif/sarif-schema-2.1.0.json")]
    public async Task Output_is_valid_against_the_SARIF_2_1_0_schema()
    {
        var schema = await JsonSchema.FromFileAsync(SharedData.Find("sarif/sarif-schema-2.1.0.json")!);
        var json = _fixture.Render(new SarifReporter());
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")));

        // The schema must be able to fail: a result without a message is invalid.
        var broken = JsonNode.Parse(json)!;
        broken["runs"]![0]!["results"]![0]!.AsObject().Remove("message");
        Assert.NotEmpty(schema.Validate(broken.ToJsonString()));
    }

    [SharedDataFact("sarif/sarif-schema-2.1.0.json")]
    public async Task Clean_output_is_valid_and_has_an_empty_results_array()
    {
        using var folder = new TempFolder();
        folder.Write("deploy/ok.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n");
        var result = ReportFixture.Lint(folder.Path);
        using var writer = new StringWriter();
        new SarifReporter().Write(result, writer, new() { WorkingDirectory = folder.Path });
        var schema = await JsonSchema.FromFileAsync(SharedData.Find("sarif/sarif-schema-2.1.0.json")!);
        Assert.Empty(schema.Validate(writer.ToString()));
        var results = JsonNode.Parse(writer.ToString())!["runs"]![0]!["results"]!.AsArray();
        Assert.Empty(results);
    }

    [Fact]
    public void Driver_lists_every_rule_that_ran_with_help_and_metadata()
    {
        var driver = _run["tool"]!["driver"]!;
        Assert.Equal("KubeLint", (string?)driver["name"]);
        Assert.False(string.IsNullOrEmpty((string?)driver["semanticVersion"]));
        var rules = driver["rules"]!.AsArray();
        Assert.Equal(_fixture.Result.RulesRun.Select(r => r.Id), rules.Select(r => (string?)r!["id"]));

        var kl0002 = rules.Single(r => (string?)r!["id"] == "KL0002")!;
        Assert.Equal("DuplicateKeyInAMapping", (string?)kl0002["name"]);
        Assert.Equal("error", (string?)kl0002["defaultConfiguration"]!["level"]);
        var link = RuleHelp.LinkFor("KL0002");
        Assert.Contains(link, (string?)kl0002["help"]!["text"]);
        Assert.Contains($"({link})", (string?)kl0002["help"]!["markdown"]);
        Assert.Contains("## Fix", (string?)kl0002["help"]!["markdown"]);
        var properties = kl0002["properties"]!;
        Assert.Equal("very-high", (string?)properties["precision"]);
        Assert.Equal("error", (string?)properties["problem.severity"]);
        Assert.Contains("Input", properties["tags"]!.AsArray().Select(t => (string?)t));
        Assert.Null(properties["security-severity"]);
    }

    [Fact]
    public void Security_severity_only_for_rules_tagged_security()
    {
        var rules = _run["tool"]!["driver"]!["rules"]!.AsArray();
        var security = rules.Single(r => (string?)r!["id"] == "KL4999")!["properties"]!;
        Assert.Equal("9.1", (string?)security["security-severity"]);
        Assert.Equal("high", (string?)security["precision"]);
        Assert.Equal(["security"], security["tags"]!.AsArray().Select(t => (string)t!)); // once, not also as "Security"
        Assert.Null(rules.Single(r => (string?)r!["id"] == "KL4998")!["properties"]!["security-severity"]);
        Assert.All(rules.Where(r => !((string)r!["id"]!).StartsWith("KL4", StringComparison.Ordinal)), r => Assert.Null(r!["properties"]!["security-severity"]));
    }

    [Fact]
    public void Built_in_security_rules_are_scored_as_their_pages_declare()
    {
        // Issue #16 (and #18): KL4006 (9.0 on its page) was uploaded as 5.0, the default for a warning.
        foreach (var rule in AnalyzerCatalog.CreateBuiltIns().SelectMany(a => a.SupportedDiagnostics).Where(SarifRuleMetadata.IsSecurityRule))
        {
            var declared = rule.SecuritySeverity;
            Assert.NotNull(declared);
            Assert.Equal(declared.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), SarifRuleMetadata.SecuritySeverity(rule));
            Assert.Contains($" | {SarifRuleMetadata.SecuritySeverity(rule)} |", RuleHelp.ReadPage(rule.Id));
        }

        Assert.Equal("9.0", SarifRuleMetadata.SecuritySeverity(KubeLint.Core.Rules.Security.KL4006PrivilegedContainerAnalyzer.Rule));
    }

    [Theory]
    [InlineData(DiagnosticSeverity.Error, "error")]
    [InlineData(DiagnosticSeverity.Warning, "warning")]
    [InlineData(DiagnosticSeverity.Info, "note")]
    [InlineData(DiagnosticSeverity.Hidden, "note")] // GitHub takes note, warning and error only
    public void Levels_are_ones_github_takes(DiagnosticSeverity severity, string level) =>
        Assert.Equal(level, SarifRuleMetadata.Level(severity));

    [Fact]
    public void Security_severity_defaults_by_severity_when_a_rule_gives_no_score()
    {
        var rule = new DiagnosticDescriptor("KL4997", "t", "m", RuleCategories.Security, DiagnosticSeverity.Error, customTags: ["security"]);
        Assert.Equal("8.0", SarifRuleMetadata.SecuritySeverity(rule));
        var badScore = new DiagnosticDescriptor("KL4996", "t", "m", RuleCategories.Security, DiagnosticSeverity.Warning, customTags: ["security", "security-severity:eleven"]);
        Assert.Equal("5.0", SarifRuleMetadata.SecuritySeverity(badScore));
    }

    [Fact]
    public void Result_has_rule_index_level_message_and_exact_region_relative_to_srcroot()
    {
        var result = Result("KL0002", suppressed: false);
        var ruleIndex = (int)result["ruleIndex"]!;
        Assert.Equal("KL0002", (string?)_run["tool"]!["driver"]!["rules"]![ruleIndex]!["id"]);
        Assert.Equal("error", (string?)result["level"]);
        Assert.StartsWith("duplicate key \"app\"", (string?)result["message"]!["text"]);
        var physical = result["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("deploy/app.yaml", (string?)physical["artifactLocation"]!["uri"]);
        Assert.Equal("%SRCROOT%", (string?)physical["artifactLocation"]!["uriBaseId"]);
        Assert.Equal([7, 5, 7, 8], Region(physical));
        var root = (string?)_run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"];
        Assert.Equal(new Uri(_fixture.Folder.Path + "/").AbsoluteUri, root);
    }

    [Fact]
    public void Related_locations_carry_the_other_half()
    {
        var related = Result("KL0002", suppressed: false)["relatedLocations"]!.AsArray();
        var physical = Assert.Single(related)!["physicalLocation"]!;
        Assert.Equal("deploy/app.yaml", (string?)physical["artifactLocation"]!["uri"]);
        Assert.Equal([6, 5, 6, 8], Region(physical));
    }

    [Fact]
    public void Suppressed_findings_appear_with_their_justification()
    {
        var result = Result("KL0002", suppressed: true);
        Assert.Equal([17, 3, 17, 7], Region(result["locations"]![0]!["physicalLocation"]!));
        var suppression = Assert.Single(result["suppressions"]!.AsArray())!;
        Assert.Equal("inSource", (string?)suppression["kind"]);
        Assert.Equal("generated by the chart, the apiserver takes the last", (string?)suppression["justification"]);
    }

    [Fact]
    public void Configuration_problems_are_tool_execution_notifications()
    {
        var invocation = _run["invocations"]![0]!;
        Assert.True((bool)invocation["executionSuccessful"]!);
        var notification = Assert.Single(invocation["toolExecutionNotifications"]!.AsArray())!;
        Assert.Equal("KL9001", (string?)notification["associatedRule"]!["id"]);
        Assert.Contains("KL7777", (string?)notification["message"]!["text"]);
        var physical = notification["locations"]![0]!["physicalLocation"]!;
        Assert.Equal(".kubelint.yaml", (string?)physical["artifactLocation"]!["uri"]);
        Assert.Equal(2, (int)physical["region"]!["startLine"]!);
    }

    [Fact]
    public void Fingerprint_survives_lines_inserted_above_and_differs_between_findings()
    {
        var before = Fingerprints(ReportFixture.App);
        var after = Fingerprints("# a comment\n\n" + ReportFixture.App.Replace("  name: web", "  name:    web", StringComparison.Ordinal));
        Assert.Equal(before, after);
        Assert.Equal(before.Count, before.Distinct().Count());

        // The fingerprint follows the text of the line: a changed line is a new alert.
        var changed = Fingerprints(ReportFixture.App.Replace("app: other", "app: another", StringComparison.Ordinal));
        Assert.NotEqual(before, changed);
    }

    [Fact]
    public void Cap_keeps_the_most_severe_results()
    {
        var json = _fixture.Render(new SarifReporter(maxResults: 1));
        var run = JsonNode.Parse(json)!["runs"]![0]!;
        var kept = Assert.Single(run["results"]!.AsArray())!;
        Assert.Equal("KL0002", (string?)kept["ruleId"]);
        Assert.Equal("error", (string?)kept["level"]);
        Assert.Null(kept["suppressions"]);
        var notes = run["invocations"]![0]!["toolExecutionNotifications"]!.AsArray();
        Assert.Contains(notes, n => ((string)n!["message"]!["text"]!).StartsWith("3 results were left out", StringComparison.Ordinal));
    }

    [Fact]
    public void Selection_keeps_order_and_prefers_visible_over_suppressed()
    {
        var kept = SarifResultSelection.Select(_fixture.Result.Diagnostics.Concat(_fixture.Result.Suppressed).ToList(), 2).Kept;
        // The error and the first warning, in the run's order (.kubelint.yaml sorts before deploy/).
        Assert.Equal(["KL9001", "KL0002"], kept.Select(d => d.Id));
        Assert.All(kept, d => Assert.False(d.IsSuppressed));
    }

    private JsonNode Result(string id, bool suppressed) =>
        _run["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == id && (r["suppressions"] is not null) == suppressed)!;

    private static int[] Region(JsonNode physical)
    {
        var region = physical["region"]!;
        return [(int)region["startLine"]!, (int)region["startColumn"]!, (int)region["endLine"]!, (int)region["endColumn"]!];
    }

    private static List<string> Fingerprints(string app)
    {
        using var folder = new TempFolder();
        folder.Write("deploy/app.yaml", app);
        var result = ReportFixture.Lint(folder.Path);
        using var writer = new StringWriter();
        new SarifReporter().Write(result, writer, new() { WorkingDirectory = folder.Path });
        return JsonNode.Parse(writer.ToString())!["runs"]![0]!["results"]!.AsArray()
            .Select(r => $"{r!["ruleId"]} {r["partialFingerprints"]!["primaryLocationLineHash"]}")
            .ToList();
    }
}
