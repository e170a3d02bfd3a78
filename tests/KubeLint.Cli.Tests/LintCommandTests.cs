using System.Text.Json;
using KubeLint.Core.Reporting;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Cli.Tests;

/// <summary>The documented behaviour of <c>kubelint [lint]</c>: exit codes, formats, options.</summary>
[Collection("current directory")]
public class LintCommandTests : IDisposable
{
    private const string Clean = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n";

    // KL0005 error at 4:9-4:17 and, with the second file, a KL9001 warning is not involved.
    private const string BadName = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n  namespace: shop\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(_folder.Path, args);

    [Fact]
    public void Clean_input_exits_0()
    {
        _folder.Write("ok.yaml", Clean);
        var (exit, output, error) = Run("ok.yaml");
        Assert.Equal(0, exit);
        Assert.StartsWith("0 errors, 0 warnings, 0 infos in 1 file (1 document, 1 object); Kubernetes 1.36;", output);
        Assert.Empty(error);
    }

    [Fact]
    public void Findings_exit_1_and_lint_is_the_default_command()
    {
        _folder.Write("bad.yaml", BadName);
        Assert.Equal(1, Run("bad.yaml").Exit);
        Assert.Equal(1, Run("lint", "bad.yaml").Exit);
    }

    [Theory]
    [InlineData("1.99")]
    [InlineData("abc")]
    [InlineData("2.5")]
    public void Unknown_target_version_exits_2_naming_it(string version)
    {
        _folder.Write("ok.yaml", Clean);
        var (exit, output, error) = Run("ok.yaml", "--kubernetes-version", version);
        Assert.Equal(2, exit);
        Assert.Contains($"unknown Kubernetes version '{version}'", error);
        Assert.Empty(output);
    }

    [Fact]
    public void Missing_path_exits_2_naming_it()
    {
        var (exit, _, error) = Run("does/not/exist.yaml");
        Assert.Equal(2, exit);
        Assert.Equal("kubelint: path not found: does/not/exist.yaml", error.Trim());
    }

    [Fact]
    public void A_file_that_cannot_be_read_among_many_is_a_finding_and_the_others_are_linted()
    {
        // Past the parallel threshold files are read ahead on another thread; a dangling link among them is a KL0001
        // for its path (issue #15; it used to stop the run with exit code 2), and the run goes on.
        var padding = string.Concat(Enumerable.Range(0, 300).Select(i => $"  key{i}: value {i}\n"));
        for (var i = 0; i < 80; i++)
        {
            _folder.Write($"f{i:D2}.yaml", Clean.Replace("cfg", $"cfg{i}") + "data:\n" + padding);
        }

        var target = Path.Combine(_folder.Path, "gone", "target.yaml");
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "f20b.yaml"), target);
        var (exit, output, error) = Run(".");
        Assert.Equal(1, exit);
        Assert.Empty(error);
        var findings = output.Split('\n').Where(l => l.Contains(": error KL", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"f20b.yaml:1:1: error KL0001: cannot read this path: it is a symbolic link to '{target}', which does not exist"], findings);
        Assert.Contains("in 81 files (80 documents, 80 objects)", output);
    }

    [Fact]
    public void Bad_invocation_exits_2()
    {
        Assert.Equal(2, Run().Exit);
        Assert.Equal(2, Run("--no-such-option").Exit);
        Assert.Equal(2, Run(".", "--fail-on", "sometimes").Exit);
        var (exit, _, error) = Run(".", "--format", "yaml");
        Assert.Equal(2, exit);
        Assert.Contains("unknown format 'yaml'", error);
    }

    [Theory]
    [InlineData("rules: [unclosed\n")]
    [InlineData("targetKubernetesVersion: \"0.9\"\n")]
    public void Bad_config_exits_2_with_one_line(string config)
    {
        _folder.Write("ok.yaml", Clean);
        _folder.Write(".kubelint.yaml", config);
        var (exit, output, error) = Run("ok.yaml");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("kubelint: .kubelint.yaml(", error);
    }

    [Fact]
    public void Missing_config_file_exits_2_naming_it()
    {
        _folder.Write("ok.yaml", Clean);
        var (exit, _, error) = Run("ok.yaml", "--config", "nowhere.yaml");
        Assert.Equal(2, exit);
        Assert.Contains("nowhere.yaml", error);
    }

    [Fact]
    public void Json_output_holds_every_documented_field()
    {
        _folder.Write("deploy/bad.yaml", BadName);
        _folder.Write("deploy/dup.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n  labels:\n    a: b\n    a: c\n");
        _folder.Write("deploy/quiet.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Hush_Now # kubelint-disable-line KL0005\n");
        var (exit, output, _) = Run("deploy", "--format", "json");
        Assert.Equal(1, exit);

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(ToolInfo.Version, root.GetProperty("version").GetString());
        Assert.Equal("1.36", root.GetProperty("kubernetesVersion").GetString());

        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);
        var first = diagnostics[0];
        Assert.Equal("KL0005", first.GetProperty("ruleId").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Contains("\"Bad_Name\"", first.GetProperty("message").GetString());
        Assert.Equal("deploy/bad.yaml", first.GetProperty("file").GetString());
        Assert.Equal((4, 9, 4, 17), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("endLine").GetInt32(), first.GetProperty("endColumn").GetInt32()));
        Assert.Equal("Input", first.GetProperty("category").GetString());
        Assert.Equal("https://github.com/kubelint/kubelint/blob/main/rules/KL0005.md", first.GetProperty("helpUri").GetString());
        var obj = first.GetProperty("object");
        Assert.Equal(("v1", "ConfigMap", "shop", "Bad_Name"), (obj.GetProperty("apiVersion").GetString(), obj.GetProperty("kind").GetString(), obj.GetProperty("namespace").GetString(), obj.GetProperty("name").GetString()));
        Assert.False(first.TryGetProperty("relatedLocations", out _));

        var duplicate = diagnostics[1];
        Assert.Equal(("KL0002", "deploy/dup.yaml", 7), (duplicate.GetProperty("ruleId").GetString(), duplicate.GetProperty("file").GetString(), duplicate.GetProperty("line").GetInt32()));
        Assert.Equal(JsonValueKind.Null, duplicate.GetProperty("object").ValueKind);
        var related = Assert.Single(duplicate.GetProperty("relatedLocations").EnumerateArray());
        Assert.Equal(("deploy/dup.yaml", 6, 5), (related.GetProperty("file").GetString(), related.GetProperty("line").GetInt32(), related.GetProperty("column").GetInt32()));

        var summary = root.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("files").GetInt32());
        Assert.Equal(3, summary.GetProperty("documents").GetInt32());
        Assert.Equal(3, summary.GetProperty("objects").GetInt32());
        Assert.Equal(2, summary.GetProperty("errors").GetInt32());
        Assert.Equal(0, summary.GetProperty("warnings").GetInt32());
        Assert.Equal(0, summary.GetProperty("infos").GetInt32());
        Assert.Equal(1, summary.GetProperty("suppressed").GetInt32());
        Assert.True(summary.GetProperty("elapsedMs").GetInt64() >= 0);
    }

    [Fact]
    public void Msbuild_format_is_the_canonical_line()
    {
        _folder.Write("bad.yaml", BadName);
        var (_, output, _) = Run("bad.yaml", "-f", "msbuild");
        Assert.Equal("bad.yaml(4,9,4,17): error KL0005: name \"Bad_Name\" must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit", output.TrimEnd());
    }

    [Fact]
    public void Text_format_shows_the_line_with_a_caret_and_a_summary_without_colour()
    {
        _folder.Write("bad.yaml", BadName);
        var lines = Run("bad.yaml").Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("bad.yaml:4:9: error KL0005: name \"Bad_Name\"", lines[0]);
        Assert.Equal(" 4 |   name: Bad_Name", lines[1]);
        Assert.Equal("   |         ^^^^^^^^", lines[2]);
        Assert.StartsWith("1 error, 0 warnings, 0 infos in 1 file (1 document, 1 object)", lines[3]);
        Assert.DoesNotContain('\u001b', string.Join('\n', lines));
    }

    [Fact]
    public void Several_formats_go_to_their_outputs()
    {
        _folder.Write("bad.yaml", BadName);
        var (exit, output, _) = Run("bad.yaml", "-f", "msbuild", "-f", "json", "-o", "out/result.json");
        Assert.Equal(1, exit);
        Assert.StartsWith("bad.yaml(4,9,4,17): error KL0005", output);
        Assert.DoesNotContain("\"diagnostics\"", output);
        Assert.Equal("KL0005", JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder.Path, "out", "result.json"))).RootElement.GetProperty("diagnostics")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Fail_on_warning_counts_warnings()
    {
        _folder.Write("bad.yaml", BadName);
        _folder.Write(".kubelint.yaml", "rules:\n  KL0005: warning\n");
        Assert.Equal(0, Run("bad.yaml").Exit);
        Assert.Equal(1, Run("bad.yaml", "--fail-on", "warning").Exit);
        Assert.Equal(1, Run("bad.yaml", "--fail-on", "info").Exit);
    }

    [Fact]
    public void Fail_on_info_counts_infos_and_warnaserror_raises_warnings()
    {
        _folder.Write("bad.yaml", BadName);
        _folder.Write(".kubelint.yaml", "rules:\n  KL0005: info\n");
        Assert.Equal(0, Run("bad.yaml", "--fail-on", "warning").Exit);
        Assert.Equal(1, Run("bad.yaml", "--fail-on", "info").Exit);

        _folder.Write(".kubelint.yaml", "rules:\n  KL0005: warning\n");
        var (exit, output, _) = Run("bad.yaml", "--warnaserror", "-f", "msbuild");
        Assert.Equal(1, exit);
        Assert.StartsWith("bad.yaml(4,9,4,17): error KL0005", output);
    }

    [Fact]
    public void Exclude_skips_matching_paths()
    {
        _folder.Write("app/ok.yaml", Clean);
        _folder.Write("app/vendor/bad.yaml", BadName);
        Assert.Equal(1, Run("app").Exit);
        var (exit, output, _) = Run("app", "--exclude", "vendor", "--exclude", "nothing/**");
        Assert.Equal(0, exit);
        Assert.Contains("in 1 file", output);
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var (exit, output, _) = CliRunner.Run(_folder.Path, ["-", "-f", "msbuild"], stdin: BadName);
        Assert.Equal(1, exit);
        Assert.StartsWith("<stdin>(4,9,4,17): error KL0005", output);

        (exit, output, _) = CliRunner.Run(_folder.Path, ["-", "-f", "json"], stdin: Clean);
        Assert.Equal(0, exit);
        Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetProperty("summary").GetProperty("objects").GetInt32());
    }

    [Fact]
    public void Standard_input_over_the_size_limit_is_KL0001()
    {
        _folder.Write(".kubelint.yaml", "maxFileSize: 64\n");
        var (exit, output, _) = CliRunner.Run(_folder.Path, ["-", "-f", "msbuild"], stdin: BadName + BadName);
        Assert.Equal(1, exit);
        Assert.StartsWith("<stdin>(1,1,1,1): error KL0001: the input is", output);
        Assert.Contains("over the limit of 64", output);
    }

    [Fact]
    public void Quiet_prints_nothing_for_clean_input_and_verbose_describes_the_run()
    {
        _folder.Write("ok.yaml", Clean);
        Assert.Empty(Run("ok.yaml", "--quiet").Out);
        var (_, _, error) = Run("ok.yaml", "--verbose");
        Assert.Contains("Kubernetes 1.36, namespace 'default'", error);
        Assert.Contains("1 files, 1 documents, 1 objects", error);
    }

    /// <summary>Issue #16: -q printed the summary whenever there were findings; it prints findings only.</summary>
    [Fact]
    public void Quiet_prints_the_findings_and_no_summary()
    {
        _folder.Write("bad.yaml", BadName);
        var (exit, output, _) = Run("bad.yaml", "--quiet", "--no-color");
        Assert.Equal(1, exit);
        Assert.StartsWith("bad.yaml:", output);
        Assert.DoesNotContain(" in 1 file", output);
        Assert.Contains(" in 1 file", Run("bad.yaml", "--no-color").Out); // the look-alike without -q has the summary
    }

    [Fact]
    public void Switches_take_no_value_so_a_path_after_one_is_still_a_path()
    {
        _folder.Write("ok.yaml", Clean);
        _folder.Write("bad.yaml", BadName);

        var (exit, output, error) = Run("--quiet", "--no-color", "-v", "--complete", "--warnaserror", "bad.yaml", "ok.yaml");

        Assert.Equal(1, exit);
        Assert.StartsWith("bad.yaml:", output);
        Assert.Contains("2 files, 2 documents, 2 objects", error);
    }

    [Fact]
    public void Kl9001_in_the_config_is_shown_with_its_line()
    {
        _folder.Write("ok.yaml", Clean);
        _folder.Write(".kubelint.yaml", "rules:\n  KL9999: error\n");
        var (exit, output, _) = Run("ok.yaml");
        Assert.Equal(0, exit);
        Assert.Contains(".kubelint.yaml:2:3: warning KL9001: 'KL9999' in rules: names no rule", output);
        Assert.Contains(" 2 |   KL9999: error", output);
    }
}
