using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Cli.Tests;

/// <summary><c>kubelint fix</c>: in place, --diff, --check, --rule, and its exit codes.</summary>
[Collection("current directory")]
public class FixCommandTests : IDisposable
{
    private const string Typo = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: app:1\n    imagePullPolcy: Always  # keep\n";

    private const string Fixed = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: app:1\n    imagePullPolicy: Always  # keep\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(_folder.Path, args);

    private string Read(string name) => File.ReadAllText(Path.Combine(_folder.Path, name));

    [Fact]
    public void Fixes_in_place_and_says_what_it_changed()
    {
        _folder.Write("pod.yaml", Typo);
        var (exit, output, error) = Run("fix", "pod.yaml");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(Fixed, Read("pod.yaml"));
        Assert.Equal(
            "pod.yaml: fixed 1 finding\n  9:5 KL1002 Rename imagePullPolcy to imagePullPolicy\nfixed 1 finding in 1 file (2 passes); 0 left that no fix covers\n",
            output.ReplaceLineEndings("\n"));
        Assert.Equal(0, Run("fix", "pod.yaml", "--check").Exit);
    }

    [Fact]
    public void Diff_prints_a_unified_diff_and_writes_nothing()
    {
        _folder.Write("pod.yaml", Typo);
        var (exit, output, _) = Run("fix", "pod.yaml", "--diff");
        Assert.Equal(0, exit);
        Assert.Equal(Typo, Read("pod.yaml"));
        Assert.Equal(
            "--- a/pod.yaml\n+++ b/pod.yaml\n@@ -6,4 +6,4 @@\n   containers:\n   - name: app\n     image: app:1\n-    imagePullPolcy: Always  # keep\n+    imagePullPolicy: Always  # keep\n",
            output);
    }

    [Fact]
    public void Check_exits_1_when_a_fix_would_change_a_file_and_0_for_its_valid_look_alike()
    {
        _folder.Write("pod.yaml", Typo);
        _folder.Write("ok.yaml", Fixed);
        Assert.Equal(1, Run("fix", "pod.yaml", "--check").Exit);
        Assert.Equal(Typo, Read("pod.yaml"));
        Assert.Equal(0, Run("fix", "ok.yaml", "--check").Exit);
    }

    [Fact]
    public void Rule_limits_the_fixes_to_the_rules_named()
    {
        _folder.Write("pod.yaml", Typo);
        Assert.Equal(0, Run("fix", "pod.yaml", "--rule", "KL1001,KL2009", "--check").Exit);
        Assert.Equal(1, Run("fix", "pod.yaml", "--rule", "KL1002", "--check").Exit);
    }

    [Theory]
    [InlineData(new[] { "fix" }, "no paths given")]
    [InlineData(new[] { "fix", "-" }, "cannot fix standard input")]
    [InlineData(new[] { "fix", "pod.yaml", "--rule", "KL4001" }, "--rule KL4001: no fix for that rule (fixable: KL1001, KL1002, KL1006, KL1007, KL1009, KL1017, KL1018, KL2009)")]
    [InlineData(new[] { "fix", "pod.yaml", "--kubernetes-version", "2.0" }, "unknown Kubernetes version '2.0'")]
    [InlineData(new[] { "fix", "missing.yaml" }, "missing.yaml")]
    public void Bad_invocations_exit_2(string[] args, string message)
    {
        _folder.Write("pod.yaml", Typo);
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.Equal(Typo, Read("pod.yaml"));
    }

    [Fact]
    public void Never_touches_a_file_with_a_syntax_error_or_a_duplicate_key()
    {
        var duplicate = Typo + "    image: app:2\n";
        var broken = Typo + "  - [unclosed\n";
        _folder.Write("dup.yaml", duplicate);
        _folder.Write("broken.yaml", broken);
        var (exit, _, _) = Run("fix", "dup.yaml", "broken.yaml");
        Assert.Equal(0, exit);
        Assert.Equal(duplicate, Read("dup.yaml"));
        Assert.Equal(broken, Read("broken.yaml"));
    }

    [Fact]
    public void Help_lists_the_options_and_the_exit_codes()
    {
        var (exit, output, _) = Run("fix", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("kubelint fix [<files>...] [options]", output);
        Assert.DoesNotContain("<paths>", output);
        Assert.Contains("--check", output);
        Assert.Contains("1 with --check when a fix would change a file", output);
    }
}
