using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Engine;

public class InputResolverTests
{
    [Fact]
    public void Folders_are_walked_for_manifests_and_hidden_entries_are_skipped()
    {
        using var folder = new TempFolder();
        foreach (var path in new[] { "a.yaml", "b.YML", "c.json", "d.txt", "e.yaml.bak", ".hidden.yaml", ".git/config.yaml", "sub/.cache/x.yaml", "sub/deep/f.yml" })
        {
            folder.Write(path, "a: 1\n");
        }

        var files = InputResolver.Resolve(["."], folder.Path, []);
        Assert.Equal(["a.yaml", "b.YML", "c.json", "sub/deep/f.yml"], files.Select(f => f.DisplayPath));
    }

    [Fact]
    public void Files_named_explicitly_are_taken_whatever_their_extension_and_only_once()
    {
        using var folder = new TempFolder();
        folder.Write("notes.txt", "a: 1\n");
        folder.Write("m.yaml", "a: 1\n");
        var files = InputResolver.Resolve(["notes.txt", "m.yaml", ".", "./m.yaml"], folder.Path, []);
        Assert.Equal(["m.yaml", "notes.txt"], files.Select(f => f.DisplayPath));
    }

    [Fact]
    public void Dash_is_standard_input_and_a_missing_path_is_named()
    {
        using var folder = new TempFolder();
        var stdin = Assert.Single(InputResolver.Resolve(["-"], folder.Path, []));
        Assert.True(stdin.IsStandardInput);
        Assert.Equal("<stdin>", stdin.DisplayPath);
        Assert.Equal("standard input ('-') may be named only once", Assert.Throws<InputException>(() => InputResolver.Resolve(["-", "-"], folder.Path, [])).Message);
        Assert.Equal("path not found: missing/x.yaml", Assert.Throws<InputException>(() => InputResolver.Resolve(["missing/x.yaml"], folder.Path, [])).Message);
    }

    [Theory]
    [InlineData("charts/**", "charts/web/values.yaml", true)]
    [InlineData("charts/**", "deploy/charts/web.yaml", false)]
    [InlineData("**/kustomization.yaml", "a/b/kustomization.yaml", true)]
    [InlineData("**/kustomization.yaml", "kustomization.yaml", true)]
    [InlineData("vendor", "a/vendor/x.yaml", true)]
    [InlineData("*.json", "a/b.json", true)]
    [InlineData("a/*.yaml", "a/b/c.yaml", false)]
    [InlineData("a/?.yaml", "a/b.yaml", true)]
    public void Globs_match_as_documented(string pattern, string path, bool matches) =>
        Assert.Equal(matches, new Glob(pattern).IsMatch(path));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_glob_of_many_double_stars_matches_a_long_name_without_backtracking(bool endsInB)
    {
        // '**a**a**a**a**b' against 200 'a's took longer than 20 s with a backtracking regex (issue #15).
        var name = new string('a', 200) + (endsInB ? "b" : string.Empty);
        var glob = new Glob("**a**a**a**a**b");
        var match = Task.Run(() => glob.IsMatch(name));
        var ended = await Task.WhenAny(match, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.True(ended == match, "the match did not end");
        Assert.Equal(endsInB, await match);
    }
}
