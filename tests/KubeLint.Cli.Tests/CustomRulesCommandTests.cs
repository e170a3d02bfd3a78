namespace KubeLint.Cli.Tests;

/// <summary>Issue #16: <c>kubelint rules</c> lists the repository's custom rules with the file that declares them,
/// <c>kubelint explain</c> explains them from their descriptor, and KL9002 is printed with its source line and caret.
/// The built CLI as a process, with a private cache.</summary>
public class CustomRulesCommandTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("kubelint-cache-").FullName;

    private static readonly string Sample = Path.Combine(Core.Tests.Infrastructure.SharedData.RepositoryRoot, "samples", "custom-rules");

    public void Dispose() => Directory.Delete(_cache, true);

    private (int Exit, string Out, string Err) Run(string folder, params string[] args) =>
        KubelintProcess.Run(folder, new Dictionary<string, string?> { ["KUBELINT_CACHE_DIR"] = _cache }, TimeSpan.FromSeconds(120), args);

    [Fact]
    public void Rules_lists_the_custom_rules_after_the_built_in_ones_with_their_source_file()
    {
        var (exit, output, error) = Run(Sample, "rules");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("ACME0001  Acme          warning         Workload has no team label  (.kubelint/rules/RequireTeamLabel.cs)", lines[^2]);
        Assert.Equal("ACME0002  Acme          error           NodePort Service in a production namespace  (.kubelint/rules/NoNodePortInProduction.cs)", lines[^1]);
        Assert.StartsWith("KL0001  ", lines[0]);

        // The valid look-alike: switched off, only the built-in rules.
        var (_, builtIn, _) = Run(Sample, "rules", "--no-custom-rules");
        Assert.DoesNotContain("ACME", builtIn);
    }

    [Fact]
    public void Explain_prints_a_custom_rules_descriptor_and_an_unknown_id_still_exits_2()
    {
        var (exit, output, _) = Run(Sample, "explain", "acme0001");
        Assert.Equal(0, exit);
        Assert.Equal(
            "# ACME0001: Workload has no team label\n\n- Custom rule, declared in .kubelint/rules/RequireTeamLabel.cs\n- Category: Acme\n- Default severity: warning\n"
            + "- Message: {0} has no 'team' label; add metadata.labels.team so that alerts reach the owners\n- Help: https://wiki.example.com/k8s/ACME0001\n",
            output.ReplaceLineEndings("\n"));

        var (unknown, _, error) = Run(Sample, "explain", "ACME9999");
        Assert.Equal(2, unknown);
        Assert.Contains("kubelint: no rule ACME9999; 'kubelint rules' lists them", error);
    }

    [Fact]
    public void A_custom_rule_s_declared_options_reach_explain_and_KL9001_through_the_worker()
    {
        var (exit, output, _) = Run(Sample, "explain", "ACME0002");
        Assert.Equal(0, exit);
        Assert.EndsWith(
            "- Option `namespacePattern` (string, default `^prod`): a regular expression for the namespaces that count as production\n",
            output.ReplaceLineEndings("\n"));

        var repo = Directory.CreateTempSubdirectory("kubelint-cli-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(repo, ".kubelint", "rules"));
            File.Copy(Path.Combine(Sample, ".kubelint", "rules", "NoNodePortInProduction.cs"), Path.Combine(repo, ".kubelint", "rules", "NoNodePortInProduction.cs"));
            File.WriteAllText(Path.Combine(repo, "svc.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: prod-shop\nspec:\n  type: NodePort\n  ports: [{port: 80}]\n");
            File.WriteAllText(Path.Combine(repo, ".kubelint.yaml"), "rules:\n  ACME0002:\n    namespacePatern: ^prod\n");
            var (_, misspelt, _) = Run(repo, "svc.yaml", "--no-color");
            Assert.Contains("'namespacePatern' in rules.ACME0002 is not an option of ACME0002; did you mean 'namespacePattern'? (its options: namespacePattern)", misspelt);

            // The valid look-alike: the declared name, read by the rule (no KL9001; the pattern no longer matches).
            File.WriteAllText(Path.Combine(repo, ".kubelint.yaml"), "rules:\n  ACME0002:\n    namespacePattern: ^production\n");
            var (_, spelt, _) = Run(repo, "svc.yaml", "--no-color");
            Assert.DoesNotContain("KL9001", spelt);
            Assert.DoesNotContain("ACME0002", spelt);
        }
        finally
        {
            Directory.Delete(repo, true);
        }
    }

    [Fact]
    public void KL9002_in_text_shows_the_source_line_with_a_caret()
    {
        var repo = Directory.CreateTempSubdirectory("kubelint-cli-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(repo, ".kubelint", "rules"));
            File.WriteAllText(Path.Combine(repo, ".kubelint", "rules", "Broken.cs"), "public sealed class Broken : KubeAnalyzer\n{\n    int x = ;\n}\n");
            File.WriteAllText(Path.Combine(repo, "ok.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n");
            var (exit, output, _) = Run(repo, "ok.yaml", "--no-color");
            Assert.Equal(2, exit);
            var lines = output.ReplaceLineEndings("\n").Split('\n');
            var at = Array.FindIndex(lines, l => l.StartsWith(".kubelint/rules/Broken.cs:3:13: error KL9002: custom rule does not compile: CS1525", StringComparison.Ordinal));
            Assert.True(at >= 0, output);
            Assert.Equal(" 3 |     int x = ;", lines[at + 1]);
            Assert.Equal("   |             ^", lines[at + 2]);
        }
        finally
        {
            Directory.Delete(repo, true);
        }
    }
}
