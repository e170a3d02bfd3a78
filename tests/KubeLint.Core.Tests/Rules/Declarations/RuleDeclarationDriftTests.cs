using System.Globalization;
using System.Text.Json.Nodes;
using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Reporting;
using KubeLint.Core.Reporting.Sarif;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Declarations;

/// <summary>What is written about a rule elsewhere (its page, which <c>kubelint explain</c> prints, SARIF, the config
/// schema) must say what its descriptor declares; each test fails when one of them drifts.</summary>
public class RuleDeclarationDriftTests
{
    private static readonly List<DiagnosticDescriptor> Descriptors =
        AnalyzerCatalog.CreateBuiltIns().SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    /// <summary>The heading, facts table and options table of each page are what <c>kubelint rule-pages</c> writes
    /// from the descriptor (<see cref="RulePage"/>, the same code); the prose around them is the author's.</summary>
    [Fact]
    public void Every_page_states_what_its_rule_declares()
    {
        var stale = Descriptors
            .Select(d => (Rule: d, Path: Path.Combine(SharedData.RepositoryRoot, "rules", d.Id + ".md")))
            .Where(p => File.Exists(p.Path) && File.ReadAllText(p.Path) is var page && RulePage.Generate(page, p.Rule) != page)
            .Select(p => $"rules/{p.Rule.Id}.md")
            .ToList();
        Assert.True(stale.Count == 0, $"{string.Join(", ", stale)}: the heading, facts or options differ from the descriptor; run 'dotnet run --project src/KubeLint.Cli -- rule-pages'");
    }

    [Fact]
    public void Security_rules_are_tagged_and_scored_and_only_they()
    {
        Assert.All(Descriptors, d =>
        {
            var tagged = d.CustomTags.Contains(RuleTags.Security);
            Assert.True(tagged == (d.SecuritySeverity is not null), $"{d.Id}: tagged {tagged}, score {d.SecuritySeverity}");
            Assert.True(tagged == (d.Category == RuleCategories.Security), $"{d.Id}: tagged {tagged}, category {d.Category}");
        });
        Assert.InRange(Descriptors.Count(d => d.SecuritySeverity is not null), 14, int.MaxValue);
    }

    [Fact]
    public void Sarif_output_carries_each_security_rule_s_declared_score()
    {
        // Issue #18: KL4006 (9.0 on its page) was uploaded as 5.0, the default for a warning.
        using var folder = new TempFolder();
        folder.Write("pod.yaml", """
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
              - name: web
                image: nginx:1.27
                securityContext:
                  privileged: true
            """);
        var result = EngineRun.Lint(folder.Path, ["pod.yaml"]);
        using var writer = new StringWriter();
        new SarifReporter().Write(result, writer, new ReporterOptions { WorkingDirectory = folder.Path });
        var rules = JsonNode.Parse(writer.ToString())!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        var kl4006 = rules.Single(r => (string?)r!["id"] == "KL4006")!;
        Assert.Equal("9.0", (string?)kl4006["properties"]!["security-severity"]);
        Assert.Contains(result.Diagnostics, d => d.Id == "KL4006" && d.Location.Start.Line == 10);
        foreach (var rule in rules)
        {
            var id = (string)rule!["id"]!;
            var declared = Descriptors.SingleOrDefault(d => d.Id == id)?.SecuritySeverity;
            Assert.Equal(declared?.ToString("0.0", CultureInfo.InvariantCulture), (string?)rule["properties"]!["security-severity"]);
        }
    }

    [Fact]
    public void The_config_schema_holds_every_rule_s_declared_options()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "schemas", "kubelint-config.schema.json");
        var committed = File.ReadAllText(path);
        Assert.True(
            ConfigSchemaRules.Update(committed, Descriptors) == committed,
            "schemas/kubelint-config.schema.json is out of date: run 'dotnet run --project src/KubeLint.Cli -- config-schema'");
        var kl4001 = JsonNode.Parse(committed)!["properties"]!["rules"]!["properties"]!["KL4001"]!["oneOf"]![1]!["properties"]!;
        Assert.Equal("images not to check: an exact image (vendor/tool, any tag) or a prefix ending with * (vendor/*)", (string?)kl4001["ignoredImages"]!["description"]);
    }

    [Fact]
    public void The_schema_generator_replaces_a_stale_rules_section()
    {
        var stale = """{"properties": {"rules": {"type": "object", "properties": {"KL4001": {}}, "additionalProperties": true}}, "definitions": {}}""";
        var rule = new DiagnosticDescriptor("KL8001", "A test rule", "m", RuleCategories.BestPractice, DiagnosticSeverity.Warning)
        {
            Options = [RuleOption.Integer("maxItems", "the most items", 3)],
        };
        var rules = JsonNode.Parse(ConfigSchemaRules.Update(stale, [rule]))!["properties"]!["rules"]!;
        Assert.Equal(["type", "properties", "additionalProperties"], rules.AsObject().Select(p => p.Key));
        Assert.Equal(["KL8001"], rules["properties"]!.AsObject().Select(p => p.Key));
        var maxItems = rules["properties"]!["KL8001"]!["oneOf"]![1]!["properties"]!["maxItems"]!;
        Assert.Equal("integer", (string?)maxItems["type"]);
        Assert.Equal(3, (int)maxItems["default"]!);
        Assert.False((bool)rules["properties"]!["KL8001"]!["oneOf"]![1]!["additionalProperties"]!);
        Assert.Equal("KL8001: A test rule", (string?)rules["properties"]!["KL8001"]!["description"]);
    }
}
