using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace KubeLint.Integration.Tests;

/// <summary>
/// The shape of the release path, read with YamlDotNet (no network): the CI workflow builds and tests on Linux
/// and Windows, the release workflow packs both packages on a version tag and pushes them with NUGET_API_KEY, and
/// the composite action at the root declares the inputs it uses and uses the inputs it declares.
/// </summary>
public sealed class ReleasePathTests
{
    [Fact]
    public void CI_builds_and_tests_the_solution_on_Linux_and_Windows()
    {
        var ci = Load(".github/workflows/ci.yml");
        Assert.Equal(["main"], Sequence(ci, "on", "push", "branches"));
        Assert.True(Has(ci, "on", "pull_request"));
        Assert.Equal(["ubuntu-latest", "windows-latest"], Sequence(ci, "jobs", "build", "strategy", "matrix", "os"));
        Assert.Equal("${{ matrix.os }}", Scalar(ci, "jobs", "build", "runs-on"));

        var runs = Steps(ci, "build").Select(step => Text(step, "run")).ToList();
        Assert.Contains("dotnet build KubeLint.sln -c Release", runs);
        Assert.Contains("dotnet test KubeLint.sln -c Release --no-build", runs);
        Assert.Contains("dotnet format KubeLint.sln --verify-no-changes --no-restore", runs);
        Assert.Contains(Steps(ci, "build"), step => Text(step, "uses") == "actions/setup-dotnet@v4" && Text(step, "with", "global-json-file") == "global.json");
    }

    [Fact]
    public void Release_packs_both_packages_on_a_version_tag_and_pushes_them_with_the_NuGet_key()
    {
        var release = Load(".github/workflows/release.yml");
        Assert.Equal(["v*"], Sequence(release, "on", "push", "tags"));
        Assert.False(Has(release, "on", "pull_request"), "a pull request must never publish");

        var steps = Steps(release, "release");
        var runs = steps.Select(step => Text(step, "run")).ToList();
        var tool = Assert.Single(runs, run => run.StartsWith("dotnet pack src/KubeLint.Cli ", StringComparison.Ordinal));
        Assert.Contains("\"-p:KubeLintToolRuntimes=\\\"$RUNTIMES;any\\\"\"", tool);
        var msbuild = Assert.Single(runs, run => run.StartsWith("dotnet pack src/KubeLint.MSBuild ", StringComparison.Ordinal));
        Assert.Contains("-p:IsPackable=true", msbuild);
        Assert.Contains("\"-p:KubeLintToolRuntimes=\\\"$RUNTIMES\\\"\"", msbuild);

        // Every runtime is one .NET knows (the portable RIDs of the RID catalog), and the tool's list ends with the fallback.
        var runtimes = Scalar(release, "env", "RUNTIMES").Split(';');
        Assert.All(runtimes, rid => Assert.Matches(@"^(linux|linux-musl|osx|win)-(x64|arm64)$", rid));
        Assert.Contains("linux-x64", runtimes);
        Assert.Contains("win-x64", runtimes);

        var push = Assert.Single(steps, step => Text(step, "run").StartsWith("dotnet nuget push ", StringComparison.Ordinal));
        Assert.Contains("--api-key \"$NUGET_API_KEY\"", Text(push, "run"));
        Assert.Equal("${{ secrets.NUGET_API_KEY }}", Text(push, "env", "NUGET_API_KEY"));

        // The tests run before anything is packed, on the release's shipped rules and API (tools/release/ship.sh, ShipScriptTests).
        var test = runs.IndexOf("dotnet test KubeLint.sln -c Release");
        Assert.True(test >= 0 && test < runs.IndexOf(tool), string.Join("\n", runs));
        var ship = runs.IndexOf("tools/release/ship.sh \"$VERSION\"");
        Assert.True(ship >= 0 && ship < test, string.Join("\n", runs));
    }

    [Fact]
    public void The_shipped_release_files_go_back_to_main_as_a_pull_request_from_the_only_job_that_may_write()
    {
        var release = Load(".github/workflows/release.yml");
        Assert.Equal("read", Scalar(release, "permissions", "contents"));
        Assert.False(Has(release, "jobs", "release", "permissions"), "the job that runs the build and pushes packages must not write to the repository");

        Assert.Equal("release", Scalar(release, "jobs", "ship-back", "needs"));
        Assert.Equal("write", Scalar(release, "jobs", "ship-back", "permissions", "contents"));
        Assert.Equal("write", Scalar(release, "jobs", "ship-back", "permissions", "pull-requests"));

        // What the release job kept is what the ship-back job commits: the same files, on a branch off main.
        var kept = Assert.Single(Steps(release, "release"), step => Text(step, "uses") == "actions/upload-artifact@v4");
        var steps = Steps(release, "ship-back");
        Assert.Contains(steps, step => Text(step, "uses") == "actions/checkout@v4" && Text(step, "with", "ref") == "main");
        var fetched = Assert.Single(steps, step => Text(step, "uses") == "actions/download-artifact@v4");
        Assert.Equal(Text(kept, "with", "name"), Text(fetched, "with", "name"));
        var propose = Assert.Single(steps, step => Text(step, "run").Contains("gh pr create --base main", StringComparison.Ordinal));
        var files = Text(kept, "with", "path").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"git add {string.Join(' ', files)}", Text(propose, "run"));
        Assert.Equal("${{ github.token }}", Text(propose, "env", "GH_TOKEN"));
    }

    [Fact]
    public void The_action_declares_exactly_the_inputs_it_uses_and_never_pastes_one_into_a_script()
    {
        var action = Load("action.yml");
        Assert.Equal("composite", Scalar(action, "runs", "using"));
        var declared = ((YamlMappingNode)Node(action, "inputs")).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
        Assert.Equal(["paths", "kubernetes-version", "sarif-file", "upload", "version"], declared);

        var steps = ((YamlSequenceNode)Node(action, "runs", "steps")).Children.ToList();
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "action.yml"));
        var used = Regex.Matches(text, @"\$\{\{[^}]*\binputs\.([a-z-]+)").Select(m => m.Groups[1].Value).Distinct().Order().ToList();
        Assert.Equal(declared.Order().ToList(), used);

        foreach (var step in steps.Where(step => Text(step, "run").Length > 0))
        {
            // A composite action's run steps must name their shell; inputs reach scripts only through env.
            Assert.Equal("bash", Text(step, "shell"));
            Assert.DoesNotContain("${{", Text(step, "run"));
        }

        Assert.Contains(steps, step => Text(step, "run").Contains("dotnet tool install KubeLint", StringComparison.Ordinal));
        Assert.Contains(steps, step => Text(step, "run").Contains("--format sarif --output \"$KUBELINT_SARIF\"", StringComparison.Ordinal));
        var upload = Assert.Single(steps, step => Text(step, "uses").StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal));
        Assert.Equal("${{ inputs.sarif-file }}", Text(upload, "with", "sarif_file"));
        Assert.Contains("inputs.upload == 'true'", Text(upload, "if"));
    }

    private static YamlNode Load(string relativePath)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepositoryRoot.Path, relativePath));
        stream.Load(reader);
        return Assert.Single(stream.Documents).RootNode;
    }

    private static YamlNode Node(YamlNode root, params string[] keys)
    {
        var node = root;
        foreach (var key in keys)
        {
            var mapping = Assert.IsType<YamlMappingNode>(node);
            Assert.True(mapping.Children.TryGetValue(new YamlScalarNode(key), out var child), $"no '{key}' in {string.Join(".", keys)}");
            node = child!;
        }

        return node;
    }

    private static bool Has(YamlNode root, params string[] keys)
    {
        var parent = Node(root, keys[..^1]);
        return parent is YamlMappingNode mapping && mapping.Children.ContainsKey(new YamlScalarNode(keys[^1]));
    }

    private static string Scalar(YamlNode root, params string[] keys) => Assert.IsType<YamlScalarNode>(Node(root, keys)).Value ?? string.Empty;

    private static List<string> Sequence(YamlNode root, params string[] keys) =>
        Assert.IsType<YamlSequenceNode>(Node(root, keys)).Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty).ToList();

    private static List<YamlNode> Steps(YamlNode workflow, string job) => ((YamlSequenceNode)Node(workflow, "jobs", job, "steps")).Children.ToList();

    /// <summary>A step's value at the path, trimmed, or empty when the step has none.</summary>
    private static string Text(YamlNode step, params string[] keys)
    {
        YamlNode node = step;
        foreach (var key in keys)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return string.Empty;
            }

            node = child;
        }

        return node is YamlScalarNode scalar ? (scalar.Value ?? string.Empty).Trim() : string.Empty;
    }
}
