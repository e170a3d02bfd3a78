using System.Text.RegularExpressions;

namespace KubeLint.Integration.Tests;

/// <summary>
/// The start-up gate. The published CLI is ReadyToRun, but ReadyToRun code cannot hold framework generics
/// instantiated over value types of ours or of other libraries (<c>List&lt;SomeStruct&gt;</c>, dictionaries
/// keyed by value tuples, LINQ over them, <c>Lazy</c> of a tuple, collection expressions over spans),
/// nor some vectorised search code: each such method is compiled by the JIT at every start, a few hundred
/// microseconds apiece. This test publishes the CLI as it ships, lints five manifests as
/// <c>tests/bench/e2e.sh</c>'s cold start does, and holds the methods the JIT compiled on first call to
/// <c>TestData/cold-start/jit-allowed.txt</c>: a new one fails with its name, and one that is no longer
/// compiled fails until it is taken off the list, so the list is always exactly what a cold start pays.
/// </summary>
public sealed class ColdStartJitTests : IClassFixture<ColdStartJitTests.PublishedCli>
{
    private static readonly string Data = Path.Combine(RepositoryRoot.Path, "tests", "KubeLint.Integration.Tests", "TestData", "cold-start");

    // "   12: JIT compiled Namespace.Type`1[Arg]:Method(Params) [Tier0, IL size=13, code size=61]"
    private static readonly Regex Compiled = new(@"^\s*\d+: JIT compiled (?<method>.+) \[(?<tier>[^,\]]+)[^\]]*\]$", RegexOptions.CultureInvariant);

    private readonly PublishedCli _cli;

    public ColdStartJitTests(PublishedCli cli) => _cli = cli;

    [Fact]
    public void A_cold_start_compiles_only_the_listed_methods()
    {
        Assert.True(_cli.Publish.ExitCode == 0, $"dotnet publish failed: {_cli.Publish}");
        using var work = new TempDirectory();
        // Copied out of the repository: its .kubelint.yaml excludes tests/.
        var inputs = Directory.CreateDirectory(Path.Combine(work.Path, "inputs")).FullName;
        foreach (var input in Directory.GetFiles(Path.Combine(Data, "inputs"), "*.yaml"))
        {
            File.Copy(input, Path.Combine(inputs, Path.GetFileName(input)));
        }

        var log = Path.Combine(work.Path, "jit.txt");
        var lint = ProcessRunner.Run(
            Path.Combine(_cli.Folder, "kubelint"),
            ["inputs", "-q", "--kubernetes-version", "1.27"],
            work.Path,
            new Dictionary<string, string?> { ["DOTNET_JitStdOutFile"] = log, ["DOTNET_JitDisasmSummary"] = "1" });
        Assert.True(lint.ExitCode is 0 or 1, $"the lint failed: {lint}");

        var compiled = FirstCompilations(File.ReadAllLines(log));
        var allowed = File.ReadAllLines(Path.Combine(Data, "jit-allowed.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        var added = compiled.Where(m => !allowed.Contains(m)).ToList();
        var gone = allowed.Where(m => !compiled.Contains(m)).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            added.Count == 0 && gone.Count == 0,
            (added.Count > 0 ? $"The JIT now compiles these at every start (give the start-up path types with ReadyToRun code, or list them in jit-allowed.txt saying why):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", added)}{Environment.NewLine}" : string.Empty)
            + (gone.Count > 0 ? $"No longer compiled; take them off jit-allowed.txt:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", gone)}" : string.Empty));
    }

    /// <summary>Methods compiled for their first call. Tier-1 and OSR lines are rejits of hot code, whose
    /// timing depends on the machine's speed, not what a start costs.</summary>
    private static HashSet<string> FirstCompilations(IEnumerable<string> lines)
    {
        var methods = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (Compiled.Match(line) is { Success: true } match && !match.Groups["tier"].Value.Contains("Tier1", StringComparison.Ordinal) && !match.Groups["tier"].Value.Contains("OSR", StringComparison.Ordinal))
            {
                methods.Add(match.Groups["method"].Value);
            }
        }

        return methods;
    }

    /// <summary>The CLI published as it ships (Release, ReadyToRun, the machine's runtime). Its own artifacts
    /// folder keeps the publish's restore and build apart from the Debug builds that other tests run at
    /// the same time.</summary>
    public sealed class PublishedCli : IDisposable
    {
        private readonly TempDirectory _root = new();

        public PublishedCli()
        {
            Folder = Path.Combine(_root.Path, "publish");
            Publish = ProcessRunner.Run(
                "dotnet",
                ["publish", Path.Combine(RepositoryRoot.Path, "src", "KubeLint.Cli"), "-c", "Release", "--artifacts-path", Path.Combine(_root.Path, "artifacts"), "-o", Folder, "-nodeReuse:false"],
                RepositoryRoot.Path,
                timeout: TimeSpan.FromMinutes(10));
        }

        public string Folder { get; }

        public ProcessRunner.Outcome Publish { get; }

        public void Dispose() => _root.Dispose();
    }
}

/// <summary>A fresh folder under the temporary folder, deleted with what it holds.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kubelint-coldstart", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary folder is no test failure.
        }
    }
}
