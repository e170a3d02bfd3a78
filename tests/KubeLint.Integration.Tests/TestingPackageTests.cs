namespace KubeLint.Integration.Tests;

/// <summary>
/// KubeLint.Testing as a custom-rule author gets it: packed from src/, restored from a folder feed into a private
/// package folder, and used by the sample's xunit project (samples/custom-rules/tests), which compiles the sample's
/// rules and tests RequireTeamLabel with the verifier, alone and with NoNodePortInProduction beside it — the examples
/// docs/custom-rules.md shows.
/// </summary>
public sealed class TestingPackageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kubelint-testing-package", Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_sample_tests_run_against_the_packed_verifier()
    {
        var feed = Path.Combine(_root, "feed");
        var pack = ProcessRunner.Run(
            "dotnet",
            ["pack", Path.Combine(RepositoryRoot.Path, "src", "KubeLint.Testing"), "-c", Configuration, "-o", feed, "-nodeReuse:false"],
            RepositoryRoot.Path,
            timeout: TimeSpan.FromMinutes(8));
        Assert.True(pack.ExitCode == 0 && File.Exists(Path.Combine(feed, "KubeLint.Testing.0.1.0.nupkg")), $"dotnet pack failed: {pack}");

        // The sample's layout, so that its project finds the rules at ../.kubelint/rules; our feed instead of ../../../artifacts.
        var sample = Path.Combine(RepositoryRoot.Path, "samples", "custom-rules");
        var copy = Path.Combine(_root, "custom-rules");
        Copy(Path.Combine(sample, ".kubelint", "rules"), Path.Combine(copy, ".kubelint", "rules"), "*.cs");
        Copy(Path.Combine(sample, "tests"), Path.Combine(copy, "tests"), "*.cs*");
        Copy(Path.Combine(sample, "tests"), Path.Combine(copy, "tests"), "Directory.*.props");
        File.WriteAllText(Path.Combine(copy, "tests", "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="kubelint-local" value="{feed}" />
              </packageSources>
            </configuration>
            """);

        var test = ProcessRunner.Run(
            "dotnet",
            ["test", "-nodeReuse:false"],
            Path.Combine(copy, "tests"),
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") },
            timeout: TimeSpan.FromMinutes(8));
        Assert.True(test.ExitCode == 0, $"dotnet test of the sample failed: {test}");
        Assert.Contains("Passed!  - Failed:     0, Passed:     6,", test.Output, StringComparison.Ordinal);
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static void Copy(string from, string to, string pattern)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, pattern))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
