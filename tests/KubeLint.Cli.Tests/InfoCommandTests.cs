using System.Text.Json;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Reporting;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Cli.Tests;

/// <summary><c>kubelint rules</c>, <c>explain</c>, <c>--version</c>, and the rule pages they rest on.</summary>
[Collection("current directory")]
public class InfoCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(SharedData.RepositoryRoot, args);

    [Fact]
    public void Version_prints_the_tool_version()
    {
        var (exit, output, _) = Run("--version");
        Assert.Equal(0, exit);
        Assert.StartsWith(ToolInfo.Version, output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Fact]
    public void Help_describes_the_default_lint_command_its_options_and_the_subcommands()
    {
        var (exit, output, _) = Run("--help");
        Assert.Equal(0, exit);
        Assert.Contains("Usage:\n  kubelint [lint] <paths>... [options]\n  kubelint [command] [options]", output.ReplaceLineEndings("\n"));
        Assert.Contains("--kubernetes-version <kubernetes-version>", output);
        Assert.Matches(@"-\?, -h, --help\s+Show help and usage information", output);
        Assert.Matches(@"--version\s+Show version information", output);
        Assert.Matches(@"explain <id>\s+Print a rule's documentation page\.", output);

        var (rulesExit, rulesHelp, _) = Run("rules", "--help");
        Assert.Equal(0, rulesExit);
        Assert.Contains("kubelint rules [options]", rulesHelp); // issue #16: no longer the lint command's <paths>
        Assert.Matches(@"-\?, -h, --help\s+Show help and usage information", rulesHelp);
    }

    [Fact]
    public void Version_takes_no_other_arguments()
    {
        var (exit, output, error) = Run("--version", "--fail-on", "info");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--version cannot be combined with other arguments", error);
    }

    [Fact]
    public void Rules_lists_every_rule_in_text_and_json()
    {
        var (exit, text, _) = Run("rules");
        Assert.Equal(0, exit);
        Assert.Contains("KL0001  Input         error           Input does not parse", text);
        Assert.Contains("KL9001  Engine        warning         Malformed configuration or unknown rule reference", text);

        var json = JsonDocument.Parse(Run("rules", "--format", "json").Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(RulesCommand.Descriptors().Select(d => d.Id), json.Select(r => r.GetProperty("id").GetString()));
        var first = json[0];
        Assert.Equal(("KL0001", "Input does not parse", "Input", "error", true), (first.GetProperty("id").GetString(), first.GetProperty("title").GetString(), first.GetProperty("category").GetString(), first.GetProperty("defaultSeverity").GetString(), first.GetProperty("enabledByDefault").GetBoolean()));
        Assert.Equal(RuleHelp.LinkFor("KL0001"), first.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void Rules_index_in_the_repository_is_current()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "rules", "README.md");
        var generated = Run("rules", "--format", "markdown").Out;
        var committed = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        Assert.True(
            committed.ReplaceLineEndings("\n") == generated.ReplaceLineEndings("\n"),
            "rules/README.md is out of date; regenerate it with: dotnet run --project src/KubeLint.Cli -- rules --format markdown > rules/README.md");
    }

    [Fact]
    public void Every_rule_has_a_page_and_a_help_link_to_it()
    {
        foreach (var rule in RulesCommand.Descriptors())
        {
            var page = Path.Combine(SharedData.RepositoryRoot, "rules", $"{rule.Id}.md");
            Assert.True(File.Exists(page), $"rule {rule.Id} has no page rules/{rule.Id}.md");
            Assert.StartsWith($"# {rule.Id}: ", File.ReadAllText(page));
            Assert.Equal(RuleHelp.LinkFor(rule.Id), rule.HelpLinkUri);
            Assert.Equal(File.ReadAllText(page), RuleHelp.ReadPage(rule.Id));
        }
    }

    [Fact]
    public void Explain_prints_the_page_and_rejects_unknown_ids()
    {
        var (exit, output, _) = Run("explain", "kl0001");
        Assert.Equal(0, exit);
        Assert.StartsWith("# KL0001: Input does not parse", output);
        Assert.Equal(output, File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "rules", "KL0001.md")));

        var (unknown, _, error) = Run("explain", "KL0999");
        Assert.Equal(2, unknown);
        Assert.Contains("no rule KL0999", error);
    }

    [Fact]
    public void Unwritable_output_exits_2()
    {
        var (exit, _, error) = Run("rules/KL0001.md", "-f", "json", "-o", "/proc/kubelint-cannot-write/x.json");
        Assert.Equal(2, exit);
        Assert.Contains("cannot write /proc/kubelint-cannot-write/x.json", error);
    }

    [Fact]
    public void Internal_errors_exit_3_with_one_line_and_the_trace_only_with_verbose()
    {
        ReporterRegistry.Register("test-failing", () => new FailingReporter());
        var (exit, _, error) = Run("rules/KL0001.md", "-f", "test-failing");
        Assert.Equal(3, exit);
        Assert.Equal("kubelint: internal error: InvalidOperationException: reporter bug", error.Trim());

        (exit, _, error) = Run("rules/KL0001.md", "-f", "test-failing", "--verbose");
        Assert.Equal(3, exit);
        Assert.Contains("at KubeLint.Cli.Tests.InfoCommandTests.FailingReporter.Write", error);
    }

    private sealed class FailingReporter : IReporter
    {
        public string Name => "test-failing";

        public void Write(Core.Engine.LintResult result, TextWriter writer, ReporterOptions options) => throw new InvalidOperationException("reporter bug");
    }
}
