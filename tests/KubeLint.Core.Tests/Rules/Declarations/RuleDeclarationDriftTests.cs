using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Reporting;
using KubeLint.Core.Reporting.Sarif;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Declarations;

/// <summary>What is written about a rule elsewhere (its page, which <c>kubelint explain</c> prints, SARIF, the config
/// schema) must say what its descriptor declares; each test fails when one of them drifts.</summary>
public partial class RuleDeclarationDriftTests
{
    private static readonly List<DiagnosticDescriptor> Descriptors =
        AnalyzerCatalog.CreateBuiltIns().SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    // An option named at the start of a table row (| `name` |) or of a line (`name`: …) of a page's Options section.
    [GeneratedRegex(@"^(?:\|\s*`(?<name>[A-Za-z][A-Za-z0-9]*)`\s*\||`(?<name>[A-Za-z][A-Za-z0-9]*)`:)", RegexOptions.Multiline)]
    private static partial Regex OptionRow();

    [Fact]
    public void Every_page_lists_exactly_the_options_its_rule_declares() => Assert.All(Descriptors, d =>
    {
        var page = RuleHelp.ReadPage(d.Id);
        Assert.NotNull(page);
        var section = Section(page, "## Options");
        var listed = section is null ? [] : OptionRow().Matches(section).Select(m => m.Groups["name"].Value).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            d.Options.Select(o => o.Name).Order(StringComparer.Ordinal).SequenceEqual(listed),
            $"{d.Id}: the page's Options section lists [{string.Join(", ", listed)}], the descriptor declares [{string.Join(", ", d.Options.Select(o => o.Name))}]");
    });

    [Fact]
    public void Every_page_states_the_security_score_its_rule_declares() => Assert.All(Descriptors.Where(d => d.Id.StartsWith("KL4", StringComparison.Ordinal)), d =>
    {
        var page = RuleHelp.ReadPage(d.Id)!;
        var header = page.Split('\n').Take(6).ToList();
        var scored = header.Contains("| Category | Default severity | Enabled | Security severity |");
        Assert.Equal(d.SecuritySeverity is not null, scored);
        if (d.SecuritySeverity is { } score)
        {
            // The Enabled cell may carry a remark ("yes (inactive until configured)"); the score is the last cell.
            Assert.Contains(header, l => l.StartsWith($"| {d.Category} | {d.DefaultSeverity.ToWord()} | {(d.IsEnabledByDefault ? "yes" : "no")}", StringComparison.Ordinal)
                                         && l.EndsWith($" | {score.ToString("0.0", CultureInfo.InvariantCulture)} |", StringComparison.Ordinal));
        }
    });

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

    private static string? Section(string page, string heading)
    {
        var start = page.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var body = page[(start + heading.Length + 2)..];
        var end = body.IndexOf("\n## ", StringComparison.Ordinal);
        return end < 0 ? body : body[..end];
    }
}
