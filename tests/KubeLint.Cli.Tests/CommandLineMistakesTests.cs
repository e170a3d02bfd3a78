using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Cli.Tests;

/// <summary>Issue #16: a CLI that refuses mistakes. Unknown options are errors with the nearest option (exit 2), each
/// subcommand's help shows its own arguments only, and the root help has examples and the exit codes.</summary>
[Collection("current directory")]
public class CommandLineMistakesTests : IDisposable
{
    private const string Clean = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(_folder.Path, args);

    [Theory]
    [InlineData("ok.yaml|--formt|json", "kubelint: unknown option '--formt' for 'kubelint'; did you mean '--format'?\nRun 'kubelint --help' for usage.\n")]
    [InlineData("lint|ok.yaml|--kube|1.27", "kubelint: unknown option '--kube' for 'kubelint lint'; did you mean '--kubernetes-version'?\nRun 'kubelint lint --help' for usage.\n")]
    [InlineData("ok.yaml|--warnaserrors", "kubelint: unknown option '--warnaserrors' for 'kubelint'; did you mean '--warnaserror'?\nRun 'kubelint --help' for usage.\n")]
    [InlineData("ok.yaml|--fail-on=warning|--no-colour", "kubelint: unknown option '--no-colour' for 'kubelint'; did you mean '--no-color'?\nRun 'kubelint --help' for usage.\n")]
    [InlineData("rules|--formt|json", "kubelint: unknown option '--formt' for 'kubelint rules'; did you mean '--format'?\nRun 'kubelint rules --help' for usage.\n")]
    [InlineData("ok.yaml|--zzzzzzzz", "kubelint: unknown option '--zzzzzzzz' for 'kubelint'\nRun 'kubelint --help' for usage.\n")]
    public void An_unknown_option_exits_2_with_the_nearest_option(string args, string expected)
    {
        _folder.Write("ok.yaml", Clean);
        var (exit, output, error) = Run(args.Split('|'));
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(expected, error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("ok.yaml|--format|json")]
    [InlineData("ok.yaml|--fail-on=warning|--no-color")]
    [InlineData("rules|--format|json")]
    public void The_valid_look_alikes_run(string args)
    {
        _folder.Write("ok.yaml", Clean);
        var (exit, _, error) = Run(args.Split('|'));
        Assert.Equal(0, exit);
        Assert.Empty(error);
    }

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_is_linted_after_a_double_dash()
    {
        _folder.Write("-odd.yaml", Clean);
        var (exit, _, error) = Run("--no-color", "--", "-odd.yaml");
        Assert.Equal(0, exit);
        Assert.Empty(error);
    }

    [Fact]
    public void Output_without_a_format_exits_2_and_writes_nothing()
    {
        _folder.Write("ok.yaml", Clean);
        var (exit, output, error) = Run("ok.yaml", "-o", "out.json");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal("kubelint: --output out.json needs a --format before it, e.g. '--format json --output out.json'\n", error.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(Path.Combine(_folder.Path, "out.json")));
    }

    [Fact]
    public void The_rules_help_shows_its_own_options_and_not_the_lint_commands_paths()
    {
        var (exit, output, _) = Run("rules", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Usage:\n  kubelint rules [options]\n", output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("paths", output);
        Assert.DoesNotContain("Arguments:", output);
        Assert.Contains("--format <json|markdown|text>", output);
    }

    [Fact]
    public void The_explain_help_shows_its_id_argument_only()
    {
        var (exit, output, _) = Run("explain", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Usage:\n  kubelint explain <id> [options]\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("Arguments:\n  <id>     A rule ID, e.g. KL0001\n", output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("paths", output);
    }

    [Fact]
    public void The_lint_help_shows_its_paths()
    {
        var (exit, output, _) = Run("lint", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Usage:\n  kubelint lint [<paths>...] [options]\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("--context <context>", output);
        Assert.DoesNotContain("Exit codes:", output);
    }

    [Fact]
    public void The_root_help_has_examples_and_exit_codes()
    {
        var (exit, output, _) = Run("--help");
        Assert.Equal(0, exit);
        var text = output.ReplaceLineEndings("\n");
        Assert.Contains("Usage:\n  kubelint [lint] <paths>... [options]\n  kubelint [command] [options]\n", text);
        Assert.Contains("Examples:\n  kubelint deploy/ ", text);
        Assert.Contains("Exit codes:\n  0  no finding at or above --fail-on (default: error)\n  1  findings at or above --fail-on; for 'fix --check', a fix would change a file\n  2  bad invocation", text);
    }

    // --custom-rules-timeout is read as text and parsed by the command (not Option<int?>: see ColdStartJitTests).
    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1.5")]
    public void A_custom_rules_timeout_that_is_no_whole_number_of_seconds_exits_2(string seconds)
    {
        _folder.Write("ok.yaml", Clean);
        var (exit, output, error) = Run("ok.yaml", "--custom-rules-timeout", seconds);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal("kubelint: --custom-rules-timeout takes a whole number of seconds, at least 1\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_custom_rules_timeout_of_whole_seconds_runs()
    {
        _folder.Write("ok.yaml", Clean);
        var (exit, _, error) = Run("ok.yaml", "--custom-rules-timeout", "5");
        Assert.Equal(0, exit);
        Assert.Empty(error);
    }
}
