using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Cli.Tests;

/// <summary><c>kubelint rule-pages [FOLDER] [--check]</c> on a copy of the repository's pages: a page that drifted
/// from its descriptor is listed by <c>--check</c> and rewritten without it, a missing page fails both.</summary>
[Collection("current directory")]
public class RulePagesCommandTests
{
    private static TempFolder CopyOfThePages()
    {
        var folder = new TempFolder();
        foreach (var page in Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "rules"), "KL*.md"))
        {
            folder.Write(Path.GetFileName(page), File.ReadAllText(page));
        }

        return folder;
    }

    [Fact]
    public void The_repository_s_pages_are_up_to_date()
    {
        var (exit, output, error) = CliRunner.Run(SharedData.RepositoryRoot, ["rule-pages", "--check"]);
        Assert.True(exit == 0, error);
        Assert.Matches(@"^rules: the \d+ rule pages are up to date\n$", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Check_names_a_drifted_page_and_changes_nothing_then_the_command_rewrites_it()
    {
        using var folder = CopyOfThePages();
        var page = Path.Combine(folder.Path, "KL4006.md");
        var committed = File.ReadAllText(page);
        var drifted = committed.Replace("# KL4006: Privileged container", "# KL4006: Privileged", StringComparison.Ordinal)
            .Replace("| Security | warning | yes | 9.0 |", "| Security | error | yes | 5.0 |", StringComparison.Ordinal);
        Assert.NotEqual(committed, drifted);
        File.WriteAllText(page, drifted);

        var (exit, _, error) = CliRunner.Run(folder.Path, ["rule-pages", ".", "--check"]);
        Assert.Equal(1, exit);
        Assert.Equal("kubelint: ./KL4006.md is not up to date; run 'kubelint rule-pages .'\n", error.ReplaceLineEndings("\n"));
        Assert.Equal(drifted, File.ReadAllText(page));

        var (fixedExit, output, _) = CliRunner.Run(folder.Path, ["rule-pages", "."]);
        Assert.Equal(0, fixedExit);
        Assert.Equal("./KL4006.md updated\n", output.ReplaceLineEndings("\n"));
        Assert.Equal(committed, File.ReadAllText(page));
    }

    [Fact]
    public void A_missing_page_fails_with_where_to_write_it()
    {
        using var folder = CopyOfThePages();
        File.Delete(Path.Combine(folder.Path, "KL4003.md"));

        var (exit, _, error) = CliRunner.Run(folder.Path, ["rule-pages", "."]);
        Assert.Equal(1, exit);
        Assert.Equal("kubelint: ./KL4003.md is missing: write the rule's page (CONTRIBUTING.md, \"Adding a rule\"), then run 'kubelint rule-pages .'\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var (exit, _, error) = CliRunner.Run(folder.Path, ["rule-pages", "no-such-folder"]);
        Assert.Equal(2, exit);
        Assert.StartsWith("kubelint: cannot read 'no-such-folder/KL0001.md': ", error, StringComparison.Ordinal);
    }
}
