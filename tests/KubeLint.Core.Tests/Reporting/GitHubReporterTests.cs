using KubeLint.Core.Reporting;

namespace KubeLint.Core.Tests.Reporting;

public class GitHubReporterTests : IClassFixture<ReportFixture>
{
    private readonly ReportFixture _fixture;

    public GitHubReporterTests(ReportFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void Writes_one_workflow_command_per_visible_finding_with_the_full_range()
    {
        var lines = _fixture.Render(new GitHubReporter()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(
            "::error file=deploy/app.yaml,line=7,col=5,endLine=7,endColumn=8,title=KL0002::duplicate key \"app\"",
            lines.Single(l => l.Contains("title=KL0002", StringComparison.Ordinal))[..97]);
        Assert.StartsWith("::warning file=deploy/app.yaml,line=4,col=3,endLine=4,endColumn=7,title=KL4999::service web is exposed", lines.Single(l => l.Contains("KL4999", StringComparison.Ordinal)));
        Assert.StartsWith("::warning file=.kubelint.yaml,line=2,col=3,", lines.Single(l => l.Contains("KL9001", StringComparison.Ordinal)));
    }

    [Fact]
    public void Escapes_data_and_properties_as_the_runner_expects()
    {
        Assert.Equal("100%25 done%0D%0Anext: a, b", GitHubReporter.EscapeData("100% done\r\nnext: a, b"));
        Assert.Equal("a%3A b%2C c%25%0A", GitHubReporter.EscapeProperty("a: b, c%\n"));
    }

    [Fact]
    public void Escapes_a_path_with_commas_and_colons()
    {
        using var folder = new Infrastructure.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
        folder.Write("deploy/a,b:c.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  name: y\n");
        var result = ReportFixture.Lint(folder.Path, new ReportFixture.PlainAnalyzer());
        using var writer = new StringWriter();
        new GitHubReporter().Write(result, writer, new() { WorkingDirectory = Path.Combine(folder.Path, "deploy") });
        Assert.StartsWith("::error file=deploy/a%2Cb%3Ac.yaml,line=5,col=3,endLine=5,endColumn=7,title=KL0002::", writer.ToString());
    }
}
