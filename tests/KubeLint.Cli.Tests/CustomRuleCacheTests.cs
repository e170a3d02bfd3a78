namespace KubeLint.Cli.Tests;

/// <summary>Custom rules where the cache cannot live in a home folder (issue #15): the built CLI as a process.</summary>
public class CustomRuleCacheTests
{
    private const string Rule = """
        using KubeLint.Core.Analysis;
        using KubeLint.Core.Diagnostics;

        public sealed class NoConfigMapNamedBad : KubeAnalyzer
        {
            public static readonly DiagnosticDescriptor Rule = new("ACME0001", "bad name", "{0} is named bad", "Acme", DiagnosticSeverity.Error);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

            public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(
                ctx =>
                {
                    if (ctx.Object.Name == "bad")
                    {
                        ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, ctx.Object.Root), ctx.Object, null, ctx.Object.DisplayName));
                    }
                },
                "ConfigMap");
        }
        """;

    [Theory]
    [InlineData("bad", 1)]
    [InlineData("good", 0)] // the look-alike: the rule runs and finds nothing
    public void Without_a_home_folder_the_rules_run_and_nothing_is_written_inside_the_repository(string name, int expectedExit)
    {
        using var repo = new Folder();
        WriteRepository(repo.Path, name);

        var home = Path.Combine(Path.GetTempPath(), $"kubelint-no-home-{Guid.NewGuid():N}"); // as Debian's nobody: /nonexistent
        var (exit, output) = Run(repo.Path, new() { ["HOME"] = home, ["XDG_CACHE_HOME"] = null, ["KUBELINT_CACHE_DIR"] = null }, "cm.yaml");

        Assert.Equal(expectedExit, exit);
        Assert.Equal(expectedExit == 1, output.Contains("error ACME0001: ConfigMap/bad is named bad", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(repo.Path, ".cache")), "a .cache folder was left inside the repository");
        Assert.False(Directory.Exists(home), "the missing home folder was created");
        Assert.DoesNotContain("internal error", output);
    }

    [Fact]
    public void An_unwritable_cache_folder_is_not_an_error_the_rules_are_loaded_from_memory()
    {
        using var repo = new Folder();
        WriteRepository(repo.Path, "bad");
        var notAFolder = Path.Combine(repo.Path, "cache-is-a-file");
        File.WriteAllText(notAFolder, "x");

        var (exit, output) = Run(repo.Path, new() { ["KUBELINT_CACHE_DIR"] = notAFolder }, "cm.yaml");

        Assert.Equal(1, exit);
        Assert.Contains("error ACME0001: ConfigMap/bad is named bad", output);
    }

    [Fact]
    public void A_rule_file_that_cannot_be_read_stops_the_run_with_exit_code_2_naming_it()
    {
        using var repo = new Folder();
        WriteRepository(repo.Path, "good");
        File.CreateSymbolicLink(Path.Combine(repo.Path, ".kubelint", "rules", "Gone.cs"), Path.Combine(repo.Path, "missing.cs"));
        using var cache = new Folder();

        var (exit, output) = Run(repo.Path, new() { ["KUBELINT_CACHE_DIR"] = cache.Path }, "cm.yaml");

        Assert.Equal(2, exit);
        Assert.Contains("kubelint: cannot read the custom rule '.kubelint/rules/Gone.cs'", output);
    }

    private static void WriteRepository(string repo, string name)
    {
        Directory.CreateDirectory(Path.Combine(repo, ".kubelint", "rules"));
        File.WriteAllText(Path.Combine(repo, ".kubelint", "rules", "NoConfigMapNamedBad.cs"), Rule);
        File.WriteAllText(Path.Combine(repo, "cm.yaml"), $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n");
    }

    private static (int Exit, string Output) Run(string workingDirectory, Dictionary<string, string?> environment, params string[] args)
    {
        // dotnet itself wants a home for its own files; give it one outside the repository.
        environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        var (exit, stdout, stderr) = KubelintProcess.Run(workingDirectory, environment, TimeSpan.FromSeconds(120), [.. args, "--format", "msbuild"]);
        return (exit, stdout + stderr);
    }

    private sealed class Folder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("kubelint-cli-").FullName;

        public void Dispose() => Directory.Delete(Path, true);
    }
}
