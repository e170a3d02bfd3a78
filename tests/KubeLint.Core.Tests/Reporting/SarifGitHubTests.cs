using System.Text.Json.Nodes;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Reporting;
using KubeLint.Core.Reporting.Sarif;
using KubeLint.Core.Tests.Infrastructure;
using NJsonSchema;

namespace KubeLint.Core.Tests.Reporting;

/// <summary>Issue #16, SARIF for GitHub: related locations linked from the message with a message each, absolute links
/// in the rules' help, <c>%SRCROOT%</c> from the repository of the linted files, and only the rules that ran.</summary>
public class SarifGitHubTests : IClassFixture<ReportFixture>
{
    private readonly ReportFixture _fixture;

    public SarifGitHubTests(ReportFixture fixture) => _fixture = fixture;

    private static JsonNode Run(LintResult result, string workingDirectory)
    {
        using var writer = new StringWriter();
        new SarifReporter().Write(result, writer, new ReporterOptions { WorkingDirectory = workingDirectory });
        return JsonNode.Parse(writer.ToString())!["runs"]![0]!;
    }

    private JsonNode FixtureResult(string id) =>
        Run(_fixture.Result, _fixture.Folder.Path)["results"]!.AsArray().First(r => (string?)r!["ruleId"] == id && r["suppressions"] is null)!;

    [Fact]
    public void A_related_location_is_linked_from_the_message_and_carries_its_own_message()
    {
        var result = FixtureResult("KL0002");
        Assert.EndsWith(" (related: [Service/web](1))", (string?)result["message"]!["text"]);
        var related = Assert.Single(result["relatedLocations"]!.AsArray())!;
        Assert.Equal(1, (int)related["id"]!);
        Assert.Equal("Service/web", (string?)related["message"]!["text"]);
    }

    [Fact]
    public void A_result_without_related_locations_keeps_its_message_as_it_is()
    {
        var result = FixtureResult("KL4999");
        Assert.DoesNotContain("(related:", (string?)result["message"]!["text"]);
        Assert.Null(result["relatedLocations"]);
    }

    [Fact]
    public void Brackets_in_a_linked_message_are_escaped_so_that_only_the_links_read_as_links()
    {
        Assert.Equal(@"key \[a\] twice (related: [Deployment/web](1), [x.yaml:3](2))", SarifRelatedLocations.MessageWithLinks("key [a] twice", ["Deployment/web", "x.yaml:3"]));
    }

    [Fact]
    public void Relative_links_of_a_rule_page_become_absolute_and_absolute_ones_stay()
    {
        Assert.Equal(
            "see [KL3001](https://github.com/kubelint/kubelint/blob/main/rules/KL3001.md), [i](https://github.com/kubelint/kubelint/blob/main/README.md),"
            + " [w](https://kubernetes.io/docs/), [f](#fix)",
            RuleHelp.WithAbsoluteLinks("see [KL3001](KL3001.md), [i](../README.md), [w](https://kubernetes.io/docs/), [f](#fix)"));
    }

    [Fact]
    public void No_rule_help_in_the_report_links_relatively()
    {
        var rules = Run(_fixture.Result, _fixture.Folder.Path)["tool"]!["driver"]!["rules"]!.AsArray();
        var kl1005 = (string)rules.Single(r => (string?)r!["id"] == "KL1005")!["help"]!["markdown"]!;
        Assert.Contains("](https://github.com/kubelint/kubelint/blob/main/rules/", kl1005);
        Assert.Contains("](KL", RuleHelp.ReadPage("KL1005")); // the page itself links relatively: the test can fail
        Assert.All(rules, r => Assert.DoesNotContain("](KL", (string?)r!["help"]!["markdown"]));
    }

    [Fact]
    public void Rules_switched_off_for_the_run_are_not_listed_and_the_look_alike_left_on_is()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        folder.Write("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n");
        folder.Write(".kubelint.yaml", "rules:\n  KL4015: none\n");
        var result = new LintEngine().Run(new LintOptions { Paths = ["cm.yaml"], WorkingDirectory = folder.Path, CustomRules = false });
        var ids = Run(result, folder.Path)["tool"]!["driver"]!["rules"]!.AsArray().Select(r => (string)r!["id"]!).ToList();
        Assert.DoesNotContain("KL4015", ids);
        Assert.DoesNotContain("KL4016", ids); // off by default
        Assert.Contains("KL4001", ids);
        Assert.Contains(result.Rules, r => r.Id == "KL4015"); // still a known rule
    }

    [SharedDataFact("sarif/sarif-schema-2.1.0.json")]
    public async Task Srcroot_is_the_repository_of_the_linted_files_and_a_file_outside_it_is_a_warning()
    {
        using var repo = new TempFolder();
        using var elsewhere = new TempFolder();
        Directory.CreateDirectory(Path.Combine(repo.Path, ".git"));
        var inside = repo.Write("deploy/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n");
        var outside = elsewhere.Write("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Other_Name\n");

        // Run from a third folder that is no repository: the root is still the linted file's repository.
        using var cwd = new TempFolder();
        var one = new LintEngine().Run(new LintOptions { Paths = [inside], WorkingDirectory = cwd.Path, CustomRules = false });
        var run = Run(one, cwd.Path);
        Assert.Equal(new Uri(repo.Path + "/").AbsoluteUri, (string?)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]);
        Assert.Equal("deploy/cm.yaml", (string?)run["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Empty(run["invocations"]![0]!["toolExecutionNotifications"]!.AsArray());

        var both = new LintEngine().Run(new LintOptions { Paths = [inside, outside], WorkingDirectory = cwd.Path, CustomRules = false });
        using var writer = new StringWriter();
        new SarifReporter().Write(both, writer, new ReporterOptions { WorkingDirectory = cwd.Path });
        var notification = Assert.Single(JsonNode.Parse(writer.ToString())!["runs"]![0]!["invocations"]![0]!["toolExecutionNotifications"]!.AsArray())!;
        Assert.Equal("warning", (string?)notification["level"]);
        Assert.Equal($"1 linted file lies outside the repository at {repo.Path} (%SRCROOT%); its results carry absolute file: URIs, which GitHub code scanning does not show.", (string?)notification["message"]!["text"]);

        var schema = await JsonSchema.FromFileAsync(SharedData.Find("sarif/sarif-schema-2.1.0.json")!);
        Assert.Empty(schema.Validate(writer.ToString()));
    }
}
