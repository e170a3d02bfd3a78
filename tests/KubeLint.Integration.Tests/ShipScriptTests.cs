namespace KubeLint.Integration.Tests;

/// <summary>
/// tools/release/ship.sh, which the release workflow runs before it tests and packs, on copies of the release
/// files: the unshipped rule rows become the new release's section of AnalyzerReleases.Shipped.md, the unshipped
/// public API joins PublicAPI.Shipped.txt, and both Unshipped files are left empty but in shape.
/// </summary>
public sealed class ShipScriptTests : IDisposable
{
    private const string Rules = "rules";
    private const string Core = "src/KubeLint.Core";
    private readonly string _copy = Directory.CreateTempSubdirectory("kubelint-ship-").FullName;

    public ShipScriptTests()
    {
        Directory.CreateDirectory(Path.Combine(_copy, Rules));
        Directory.CreateDirectory(Path.Combine(_copy, Core));
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public void The_repository_s_unshipped_rules_and_API_move_to_Shipped_under_the_version()
    {
        foreach (var file in new[] { $"{Rules}/AnalyzerReleases.Shipped.md", $"{Rules}/AnalyzerReleases.Unshipped.md", $"{Core}/PublicAPI.Shipped.txt", $"{Core}/PublicAPI.Unshipped.txt" })
        {
            File.Copy(Path.Combine(RepositoryRoot.Path, file), Path.Combine(_copy, file));
        }

        var shippedBefore = Read($"{Rules}/AnalyzerReleases.Shipped.md");
        var unshippedBefore = Lines($"{Rules}/AnalyzerReleases.Unshipped.md");
        var newRows = RowsOf(unshippedBefore, "### New Rules");
        Assert.NotEmpty(newRows);
        var apiBefore = Lines($"{Core}/PublicAPI.Shipped.txt").Concat(Lines($"{Core}/PublicAPI.Unshipped.txt")).Where(l => l.Length > 0 && l != "#nullable enable").ToHashSet();
        Assert.Contains("KubeLint.Core.Analysis.KubeAnalyzer", apiBefore);

        var run = Ship("9.8.7");

        Assert.Equal(0, run.ExitCode);
        var shipped = Read($"{Rules}/AnalyzerReleases.Shipped.md");
        Assert.StartsWith(shippedBefore.TrimEnd('\n') + "\n\n## Release 9.8.7\n\n### New Rules\n\n| Rule ID | Category | Severity | Enabled | Notes |\n|---|---|---|---|---|\n", shipped, StringComparison.Ordinal);
        var release = shipped[shippedBefore.Length..].Split('\n').ToList();
        Assert.Equal(newRows, RowsOf(release, "### New Rules"));
        Assert.Equal(RowsOf(unshippedBefore, "### Changed Rules"), RowsOf(release, "### Changed Rules"));

        // Unshipped keeps its text and table headers, without a row.
        var unshipped = Lines($"{Rules}/AnalyzerReleases.Unshipped.md");
        Assert.Empty(RowsOf(unshipped, "### New Rules"));
        Assert.Empty(RowsOf(unshipped, "### Changed Rules"));
        Assert.Equal(unshippedBefore.Where(l => !l.StartsWith("| KL", StringComparison.Ordinal)), unshipped);

        var api = Lines($"{Core}/PublicAPI.Shipped.txt");
        Assert.Equal("#nullable enable", api[0]);
        Assert.Equal(apiBefore.Order(StringComparer.Ordinal), api.Skip(1).Where(l => l.Length > 0));
        Assert.Equal(["#nullable enable"], Lines($"{Core}/PublicAPI.Unshipped.txt").Where(l => l.Length > 0));
    }

    [Fact]
    public void A_removed_symbol_leaves_Shipped_and_an_added_one_joins_it()
    {
        Write($"{Rules}/AnalyzerReleases.Shipped.md", "# Shipped\n\n## Release 1.0.0\n\n### New Rules\n\n| Rule ID | Category | Severity | Enabled | Notes |\n|---|---|---|---|---|\n| KL0001 | Input | error | yes | Input does not parse |\n");
        Write($"{Rules}/AnalyzerReleases.Unshipped.md", "# Unshipped\n\n### New Rules\n\n| Rule ID | Category | Severity | Enabled | Notes |\n|---|---|---|---|---|\n\n### Removed Rules\n\n| Rule ID | Category | Severity | Enabled | Notes |\n|---|---|---|---|---|\n| KL0001 | Input | error | yes | Replaced by KL0009 |\n");
        Write($"{Core}/PublicAPI.Shipped.txt", "#nullable enable\nA.Kept() -> void\nA.Gone() -> void\n");
        Write($"{Core}/PublicAPI.Unshipped.txt", "#nullable enable\n*REMOVED*A.Gone() -> void\nA.Added() -> void\n");

        Assert.Equal(0, Ship("1.1.0").ExitCode);

        Assert.Equal(["#nullable enable", "A.Added() -> void", "A.Kept() -> void"], Lines($"{Core}/PublicAPI.Shipped.txt").Where(l => l.Length > 0));
        // Only the section with rows goes into the release; the empty New Rules table stays behind.
        Assert.EndsWith("\n## Release 1.1.0\n\n### Removed Rules\n\n| Rule ID | Category | Severity | Enabled | Notes |\n|---|---|---|---|---|\n| KL0001 | Input | error | yes | Replaced by KL0009 |\n", Read($"{Rules}/AnalyzerReleases.Shipped.md"), StringComparison.Ordinal);
        Assert.Equal("# Unshipped\n\n### New Rules\n\n| Rule ID | Category | Severity | Enabled | Notes |\n|---|---|---|---|---|\n\n### Removed Rules\n\n| Rule ID | Category | Severity | Enabled | Notes |\n|---|---|---|---|---|\n", Read($"{Rules}/AnalyzerReleases.Unshipped.md"));
    }

    [Fact]
    public void A_version_already_shipped_is_refused_and_changes_nothing_while_the_next_one_ships()
    {
        const string Shipped = "# Shipped\n\n## Release 1.0.0\n";
        Write($"{Rules}/AnalyzerReleases.Shipped.md", Shipped);
        Write($"{Rules}/AnalyzerReleases.Unshipped.md", "# Unshipped\n\n### New Rules\n\n| Rule ID | Category | Severity | Enabled | Notes |\n|---|---|---|---|---|\n| KL0009 | Input | error | yes | New |\n");
        Write($"{Core}/PublicAPI.Shipped.txt", "#nullable enable\n");
        Write($"{Core}/PublicAPI.Unshipped.txt", "#nullable enable\nA.Added() -> void\n");

        var again = Ship("1.0.0");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("release 1.0.0 is already in", again.Output, StringComparison.Ordinal);
        Assert.Equal(Shipped, Read($"{Rules}/AnalyzerReleases.Shipped.md"));
        Assert.Equal("#nullable enable\nA.Added() -> void\n", Read($"{Core}/PublicAPI.Unshipped.txt"));

        Assert.Equal(2, Ship("v1.0.1").ExitCode);
        Assert.Equal(Shipped, Read($"{Rules}/AnalyzerReleases.Shipped.md"));

        Assert.Equal(0, Ship("1.0.1").ExitCode);
        Assert.EndsWith("\n## Release 1.0.1\n\n### New Rules\n\n| Rule ID | Category | Severity | Enabled | Notes |\n|---|---|---|---|---|\n| KL0009 | Input | error | yes | New |\n", Read($"{Rules}/AnalyzerReleases.Shipped.md"), StringComparison.Ordinal);
    }

    private ProcessRunner.Outcome Ship(string version) =>
        ProcessRunner.Run("bash", [Path.Combine(RepositoryRoot.Path, "tools", "release", "ship.sh").Replace('\\', '/'), version, _copy.Replace('\\', '/')], _copy, timeout: TimeSpan.FromMinutes(1));

    /// <summary>The data rows of a "### …" section's table (after its header and separator lines).</summary>
    private static List<string> RowsOf(IReadOnlyList<string> lines, string section) =>
        lines.SkipWhile(l => l != section).Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal) && !l.StartsWith("### ", StringComparison.Ordinal))
            .Where(l => l.StartsWith('|')).Skip(2).ToList();

    private string Read(string file) => File.ReadAllText(Path.Combine(_copy, file)).ReplaceLineEndings("\n");

    private List<string> Lines(string file) => [.. Read(file).Split('\n')];

    private void Write(string file, string text) => File.WriteAllText(Path.Combine(_copy, file), text);
}
