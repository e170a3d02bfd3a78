using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Cli.Tests;

/// <summary><c>kubelint config-schema [FILE] [--check]</c> on a copy of the repository's schema: a rule's part that
/// drifted from its descriptor is named by <c>--check</c> and rewritten without it; a file that cannot be read or is
/// no schema is a usage error in our words.</summary>
[Collection("current directory")]
public class ConfigSchemaCommandTests
{
    private static readonly string Committed = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "schemas", "kubelint-config.schema.json"));

    [Fact]
    public void The_repository_s_schema_is_up_to_date()
    {
        var (exit, output, error) = CliRunner.Run(SharedData.RepositoryRoot, ["config-schema", "--check"]);
        Assert.True(exit == 0, error);
        Assert.Equal($"{Path.Combine("schemas", "kubelint-config.schema.json")} is up to date\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Check_names_a_drifted_schema_and_changes_nothing_then_the_command_rewrites_it()
    {
        using var folder = new TempFolder();
        var drifted = Committed.Replace("\"KL4031: Container without a CPU limit\"", "\"KL4031: Container\"", StringComparison.Ordinal);
        Assert.NotEqual(Committed, drifted);
        var path = folder.Write("schema.json", drifted);

        var (exit, _, error) = CliRunner.Run(folder.Path, ["config-schema", "schema.json", "--check"]);
        Assert.Equal(1, exit);
        Assert.Equal("kubelint: schema.json is not up to date; run 'kubelint config-schema schema.json'\n", error.ReplaceLineEndings("\n"));
        Assert.Equal(drifted, File.ReadAllText(path));

        var (fixedExit, output, _) = CliRunner.Run(folder.Path, ["config-schema", "schema.json"]);
        Assert.Equal(0, fixedExit);
        Assert.Equal("schema.json updated\n", output.ReplaceLineEndings("\n"));
        Assert.Equal(Committed, File.ReadAllText(path));
    }

    [Fact]
    public void A_file_that_does_not_exist_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var (exit, output, error) = CliRunner.Run(folder.Path, ["config-schema", "no-such.json"]);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("kubelint: cannot read 'no-such.json': ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_no_schema_is_a_usage_error_and_is_left_alone()
    {
        using var folder = new TempFolder();
        var path = folder.Write("schema.json", "[1, 2]");
        var (exit, _, error) = CliRunner.Run(folder.Path, ["config-schema", "schema.json"]);
        Assert.Equal(2, exit);
        Assert.StartsWith("kubelint: 'schema.json' is not a schema this command can update: ", error, StringComparison.Ordinal);
        Assert.Equal("[1, 2]", File.ReadAllText(path));
    }
}
