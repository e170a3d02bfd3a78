using System.Text.Json;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Cli.Tests;

/// <summary><c>kubelint .</c> in a repository that holds more than manifests: what the walk skipped is counted
/// and listed, and a skipped document fails no run.</summary>
[Collection("current directory")]
public class FolderWalkCliTests : IDisposable
{
    private const string Clean = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(_folder.Path, args);

    [Fact]
    public void Walking_a_dotnet_project_skips_its_settings_and_exits_0()
    {
        _folder.Write("appsettings.json", "{ \"Logging\": {} }\n");
        _folder.Write("global.json", "{ \"sdk\": { \"version\": \"10.0.100\" } }\n");
        _folder.Write("cm.yaml", Clean);
        var (exit, output, error) = Run(".");
        Assert.Equal(0, exit);
        Assert.StartsWith("0 errors, 0 warnings, 0 infos in 1 file (1 document, 1 object); 2 skipped (--verbose lists them); Kubernetes 1.36;", output);
        Assert.Empty(error);
    }

    [Fact]
    public void Naming_the_same_file_still_fails_with_KL0003()
    {
        _folder.Write("appsettings.json", "{ \"Logging\": {} }\n");
        var (exit, output, _) = Run("appsettings.json");
        Assert.Equal(1, exit);
        Assert.StartsWith("appsettings.json:1:1: error KL0003: the document has no apiVersion and no kind", output);
        Assert.DoesNotContain("skipped", output);
    }

    [Fact]
    public void Verbose_lists_each_skipped_document_and_why()
    {
        _folder.Write("global.json", "{ \"sdk\": {} }\n");
        _folder.Write("mixed.yaml", "a: 1\n---\n" + Clean);
        var (exit, _, error) = Run(".", "--verbose");
        Assert.Equal(0, exit);
        var lines = error.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("  skipped: ", StringComparison.Ordinal));
        Assert.Equal(["  skipped: global.json: no apiVersion and no kind", "  skipped: mixed.yaml (document 1): no apiVersion and no kind"], lines);
    }

    [Fact]
    public void Json_summary_counts_skipped_documents()
    {
        _folder.Write("values.yaml", "replicas: 1\n");
        _folder.Write("cm.yaml", Clean);
        var (exit, output, _) = Run(".", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("skipped").GetInt32());
        Assert.Equal(1, summary.GetProperty("files").GetInt32());
    }

    [Fact]
    public void Json_summary_says_0_skipped_when_nothing_was()
    {
        _folder.Write("cm.yaml", Clean);
        var (_, output, _) = Run(".", "--format", "json");
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("skipped").GetInt32());
    }

    [Fact]
    public void No_ignore_walks_bin_and_what_gitignore_ignores()
    {
        _folder.Write(".gitignore", "generated/\n");
        // Three objects, not one written thrice (that is KL3009).
        _folder.Write("generated/cm.yaml", Clean.Replace("cfg", "generated", StringComparison.Ordinal));
        _folder.Write("bin/Debug/cm.yaml", Clean.Replace("cfg", "debug", StringComparison.Ordinal));
        _folder.Write("cm.yaml", Clean);
        Assert.StartsWith("0 errors, 0 warnings, 0 infos in 1 file (1 document, 1 object); Kubernetes", Run(".").Out);
        Assert.StartsWith("0 errors, 0 warnings, 0 infos in 3 files (3 documents, 3 objects); Kubernetes", Run(".", "--no-ignore").Out);
    }
}
