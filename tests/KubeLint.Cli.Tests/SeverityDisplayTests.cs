using System.Text.Json;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Cli.Tests;

/// <summary>Issue #16: text and msbuild print errors and warnings and count the infos they leave out in one line;
/// <c>--severity</c> (as <c>dotnet format --severity</c>) shows them; JSON keeps everything; <c>--fail-on info</c> never
/// hides what fails the run.</summary>
[Collection("current directory")]
public class SeverityDisplayTests : IDisposable
{
    // KL4001 warning at 14:18 (an untagged image) and eight best-practice infos (KL4002 … KL4015).
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx
        """;

    private const string Warning = "web.yaml:14:18: warning KL4001: Image \"nginx\" has no tag, so it means :latest; pin a version tag or a digest so every node runs the same code";
    private const string Info = "web.yaml:5:1: info KL4015: Deployment \"web\" sets no replicas, so it runs one; a node drain or a crash takes the service down";

    private readonly TempFolder _folder = new();

    public SeverityDisplayTests() => _folder.Write("web.yaml", Deployment);

    public void Dispose() => _folder.Dispose();

    private (int Exit, string[] Lines) Run(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(_folder.Path, ["--no-color", .. args]);
        Assert.Empty(error);
        return (exit, output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Text_prints_the_warning_and_one_line_counting_the_infos()
    {
        var (exit, lines) = Run("web.yaml");
        Assert.Equal(0, exit);
        Assert.Equal(Warning, lines[0]);
        Assert.Equal("8 infos not shown; --severity info shows them", lines[3]);
        Assert.StartsWith("0 errors, 1 warning, 8 infos in 1 file (1 document, 1 object); Kubernetes 1.36;", lines[4]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void Severity_info_shows_the_infos_and_no_count_line()
    {
        var (_, lines) = Run("web.yaml", "--severity", "info");
        Assert.Contains(Info, lines);
        Assert.DoesNotContain(lines, l => l.Contains("not shown", StringComparison.Ordinal));
    }

    [Fact]
    public void Severity_error_leaves_out_the_warning_too()
    {
        var (_, lines) = Run("web.yaml", "--severity", "error", "-f", "msbuild");
        Assert.Equal(["kubelint: 1 warning and 8 infos not shown; --severity info shows them"], lines);
    }

    [Fact]
    public void Msbuild_prints_the_warning_in_the_canonical_shape_and_the_count_as_a_plain_line()
    {
        var (_, lines) = Run("web.yaml", "-f", "msbuild");
        Assert.Equal(["web.yaml(14,18,14,23): warning KL4001: Image \"nginx\" has no tag, so it means :latest; pin a version tag or a digest so every node runs the same code", "kubelint: 8 infos not shown; --severity info shows them"], lines);
    }

    [Fact]
    public void Fail_on_info_shows_the_infos_that_fail_the_run()
    {
        var (exit, lines) = Run("web.yaml", "--fail-on", "info");
        Assert.Equal(1, exit);
        Assert.Contains(Info, lines);
    }

    [Fact]
    public void Json_keeps_every_finding()
    {
        var (_, lines) = Run("web.yaml", "-f", "json");
        using var json = JsonDocument.Parse(string.Join('\n', lines));
        Assert.Equal(9, json.RootElement.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(8, json.RootElement.GetProperty("summary").GetProperty("infos").GetInt32());
    }

    [Fact]
    public void Quiet_prints_no_count_line()
    {
        var (_, lines) = Run("web.yaml", "-q");
        Assert.Equal([Warning, " 14 |           image: nginx", "    |                  ^^^^^"], lines);
    }
}
