namespace KubeLint.Cli.Tests;

/// <summary>The built CLI, run as a process in a repository with a broken custom rule.</summary>
public class CustomRulesExitCodeTests
{
    [Fact]
    public void A_custom_rule_that_does_not_compile_exits_with_2_and_names_the_line()
    {
        var repo = Directory.CreateTempSubdirectory("kubelint-cli-").FullName;
        var cache = Directory.CreateTempSubdirectory("kubelint-cache-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(repo, ".kubelint", "rules"));
            File.WriteAllText(Path.Combine(repo, ".kubelint", "rules", "Broken.cs"), "public sealed class Broken : KubeAnalyzer\n{\n    int x = ;\n}\n");
            File.WriteAllText(Path.Combine(repo, "ok.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n");

            var (exit, stdout) = Run(repo, cache, "ok.yaml", "--format", "msbuild");

            Assert.Equal(2, exit);
            Assert.Contains(".kubelint/rules/Broken.cs(3,13,3,14): error KL9002: custom rule does not compile: CS1525", stdout);

            var (offExit, _) = Run(repo, cache, "ok.yaml", "--no-custom-rules");
            Assert.Equal(0, offExit);
        }
        finally
        {
            Directory.Delete(repo, true);
            Directory.Delete(cache, true);
        }
    }

    private static (int Exit, string Stdout) Run(string workingDirectory, string cache, params string[] args)
    {
        var (exit, stdout, stderr) = KubelintProcess.Run(workingDirectory, new Dictionary<string, string?> { ["KUBELINT_CACHE_DIR"] = cache }, TimeSpan.FromSeconds(120), args);
        return (exit, stdout + stderr);
    }
}
