using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Engine;

/// <summary>.gitignore lines as git's Documentation/gitignore.adoc describes them (matching: dir.c,
/// last_matching_pattern_from_list), and the walk that applies them.</summary>
public class IgnoreFileTests
{
    private static bool? Match(string text, string path, bool isFolder = false) =>
        IgnoreFile.Parse("/r", text).Match(path.Split('/'), isFolder);

    [Theory]
    [InlineData("*.log", "a/b/x.log", true)]
    [InlineData("*.log", "a/b/x.logs", null)]
    [InlineData("/out", "out", true)]
    [InlineData("/out", "a/out", null)]
    [InlineData("docs/*.yaml", "docs/a.yaml", true)]
    [InlineData("docs/*.yaml", "docs/sub/a.yaml", null)]
    [InlineData("docs/**/a.yaml", "docs/a.yaml", true)]
    [InlineData("docs/**/a.yaml", "docs/x/y/a.yaml", true)]
    [InlineData("docs/**/a.yaml", "other/docs/a.yaml", null)]
    [InlineData("**/gen", "x/y/gen", true)]
    [InlineData("f?.yaml", "f1.yaml", true)]
    [InlineData("f?.yaml", "f12.yaml", null)]
    [InlineData("v[0-9].yaml", "v7.yaml", true)]
    [InlineData("v[!0-9].yaml", "v7.yaml", null)]
    [InlineData("v[!0-9].yaml", "vx.yaml", true)]
    [InlineData("# comment\n\n  \n", "# comment", null)]
    [InlineData("\\#hash.yaml", "#hash.yaml", true)]
    [InlineData("*.yaml\n!keep.yaml", "keep.yaml", false)]
    [InlineData("*.yaml\n!keep.yaml", "drop.yaml", true)]
    [InlineData("!keep.yaml\n*.yaml", "keep.yaml", true)]
    [InlineData("trailing.yaml   ", "trailing.yaml", true)]
    public void Lines_match_as_in_git(string text, string path, bool? expected) => Assert.Equal(expected, Match(text, path));

    [Fact]
    public void A_trailing_slash_matches_folders_only()
    {
        Assert.True(Match("build/", "build", isFolder: true));
        Assert.Null(Match("build/", "build", isFolder: false));
    }

    [Fact]
    public void Matching_a_long_name_against_many_stars_does_not_backtrack()
    {
        // A backtracking matcher takes exponential time on this; the state-set one answers at once.
        var name = new string('a', 5000);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Null(Match("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", name));
        Assert.True(Match("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a", name));
        Assert.True(clock.ElapsedMilliseconds < 2000, $"{clock.ElapsedMilliseconds} ms");
    }

    private static string[] Walk(TempFolder folder, bool useIgnoreFiles = true) =>
        [.. InputResolver.Resolve(["."], folder.Path, [], null, useIgnoreFiles).Select(f => f.DisplayPath)];

    [Fact]
    public void A_dotnet_project_walk_skips_bin_obj_and_node_modules_and_no_ignore_takes_them()
    {
        using var folder = new TempFolder();
        foreach (var path in new[] { "app/bin/Debug/net10.0/app.deps.json", "app/obj/project.assets.json", "web/node_modules/x/package.json", "app/appsettings.json", "deploy/web.yaml", "binary/ok.yaml" })
        {
            folder.Write(path, "a: 1\n");
        }

        Assert.Equal(["app/appsettings.json", "binary/ok.yaml", "deploy/web.yaml"], Walk(folder));
        Assert.Equal(
            ["app/appsettings.json", "app/bin/Debug/net10.0/app.deps.json", "app/obj/project.assets.json", "binary/ok.yaml", "deploy/web.yaml", "web/node_modules/x/package.json"],
            Walk(folder, useIgnoreFiles: false));
    }

    [Fact]
    public void Nested_gitignores_apply_below_their_folder_and_negation_re_includes()
    {
        using var folder = new TempFolder();
        folder.Write(".gitignore", "generated/\n*.tmp.yaml\n/top.yaml\n");
        folder.Write("top.yaml", "a: 1\n");
        folder.Write("sub/top.yaml", "a: 1\n");
        folder.Write("generated/x.yaml", "a: 1\n");
        folder.Write("sub/a.tmp.yaml", "a: 1\n");
        folder.Write("sub/.gitignore", "!keep.tmp.yaml\nlocal.yaml\n");
        folder.Write("sub/keep.tmp.yaml", "a: 1\n");
        folder.Write("sub/local.yaml", "a: 1\n");
        folder.Write("local.yaml", "a: 1\n");
        Assert.Equal(["local.yaml", "sub/keep.tmp.yaml", "sub/top.yaml"], Walk(folder));
        Assert.Equal(9 - 2, Walk(folder, useIgnoreFiles: false).Length); // the .gitignore files are hidden, never taken
    }

    [Fact]
    public void Gitignores_above_the_walked_folder_apply_up_to_the_repository_root()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "repo", ".git"));
        folder.Write("repo/.gitignore", "*.secret.yaml\n");
        folder.Write("repo/deploy/a.yaml", "a: 1\n");
        folder.Write("repo/deploy/b.secret.yaml", "a: 1\n");
        Assert.Equal(["repo/deploy/a.yaml"], InputResolver.Resolve(["repo/deploy"], folder.Path, [], null).Select(f => f.DisplayPath));
    }

    // git's Documentation/gitignore.adoc: $GIT_DIR/info/exclude, rooted at the repository, below the .gitignores.
    [Fact]
    public void Info_exclude_applies_from_the_repository_root_and_a_gitignore_outranks_it()
    {
        using var folder = new TempFolder();
        folder.Write("repo/.git/info/exclude", "# local\nscratch/\n*.local.yaml\n/top.yaml\n");
        folder.Write("repo/.gitignore", "!keep.local.yaml\n");
        foreach (var path in new[] { "repo/top.yaml", "repo/deploy/top.yaml", "repo/scratch/x.yaml", "repo/deploy/a.local.yaml", "repo/deploy/keep.local.yaml", "repo/deploy/web.yaml" })
        {
            folder.Write(path, "a: 1\n");
        }

        string[] expected = ["repo/deploy/keep.local.yaml", "repo/deploy/top.yaml", "repo/deploy/web.yaml"];
        Assert.Equal(expected, Walk(folder));
        // Walked from below the root, the exclude still applies, rooted at the repository.
        Assert.Equal(expected, InputResolver.Resolve(["repo/deploy"], folder.Path, [], null).Select(f => f.DisplayPath).Order(StringComparer.Ordinal));
        Assert.Equal(6, Walk(folder, useIgnoreFiles: false).Length);
    }

    // git's path.c common_list: info/ is shared, so a linked worktree (.git a "gitdir:" file) reads the main one's.
    [Fact]
    public void A_linked_worktree_reads_the_shared_info_exclude()
    {
        using var folder = new TempFolder();
        folder.Write("main/.git/info/exclude", "*.local.yaml\n");
        folder.Write("main/.git/worktrees/wt/commondir", "../..\n");
        folder.Write("wt/.git", "gitdir: ../main/.git/worktrees/wt\n");
        folder.Write("wt/a.local.yaml", "a: 1\n");
        folder.Write("wt/b.yaml", "a: 1\n");
        Assert.Equal(["b.yaml"], InputResolver.Resolve(["."], Path.Combine(folder.Path, "wt"), [], null).Select(f => f.DisplayPath));
    }

    [Fact]
    public void A_file_named_on_the_command_line_is_taken_even_when_ignored()
    {
        using var folder = new TempFolder();
        folder.Write(".gitignore", "*.yaml\n");
        folder.Write("bin/x.yaml", "a: 1\n");
        Assert.Equal(["bin/x.yaml"], InputResolver.Resolve(["bin/x.yaml"], folder.Path, [], null).Select(f => f.DisplayPath));
        Assert.Empty(Walk(folder));
    }
}
