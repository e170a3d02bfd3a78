namespace KubeLint.Cli.Tests;

/// <summary>The built CLI as a process, given configuration whose matching would take exponential time (issue #15).</summary>
public class PathologicalConfigTests
{
    [Theory]
    [InlineData("[**a**a**a**a**a**a**b.yml]", 2)] // Roslyn's backtracking section regex: ended by the match timeout
    [InlineData("[**/*.yml]", 0)] // the look-alike: an ordinary section, no timeout
    public void An_editorconfig_section_with_many_wildcards_is_a_configuration_error_not_a_hang(string section, int expectedExit)
    {
        var repo = Directory.CreateTempSubdirectory("kubelint-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(repo, ".editorconfig"), $"root = true\n{section}\ndotnet_diagnostic.KL4001.severity = none\n");
            var name = new string('a', 200) + "b.yaml";
            File.WriteAllText(Path.Combine(repo, name), "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: [{name: a, image: \"nginx:1.27\"}]\n");

            var (exit, output) = Run(repo, name, "--fail-on", "error");

            Assert.Equal(expectedExit, exit);
            if (expectedExit == 2)
            {
                Assert.Contains("kubelint: matching the .editorconfig section names against", output);
                Assert.Contains("write it with fewer wildcards", output);
                Assert.DoesNotContain("Exception", output);
            }
        }
        finally
        {
            Directory.Delete(repo, true);
        }
    }

    [Fact]
    public void An_exclude_glob_with_many_double_stars_ends()
    {
        var repo = Directory.CreateTempSubdirectory("kubelint-cli-").FullName;
        try
        {
            var name = new string('a', 200) + ".yaml";
            File.WriteAllText(Path.Combine(repo, name), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n");

            var (exit, output) = Run(repo, ".", "--exclude", "**a**a**a**a**b");

            Assert.Equal(0, exit);
            Assert.Contains("in 1 file", output);
        }
        finally
        {
            Directory.Delete(repo, true);
        }
    }

    private static (int Exit, string Output) Run(string workingDirectory, params string[] args)
    {
        var (exit, stdout, stderr) = KubelintProcess.Run(workingDirectory, null, TimeSpan.FromSeconds(60), args);
        return (exit, stdout + stderr);
    }
}
