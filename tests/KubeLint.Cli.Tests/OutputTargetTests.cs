using System.Text.Json.Nodes;

namespace KubeLint.Cli.Tests;

public class OutputTargetTests
{
    private const string Manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n";

    [Fact]
    public void Text_on_the_console_and_sarif_to_a_file_in_one_run()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kubelint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var manifest = Path.Combine(folder, "app.yaml");
            File.WriteAllText(manifest, Manifest);
            var sarif = Path.Combine(folder, "out.sarif");
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            var exit = CommandLine.Run(["lint", manifest, "--no-color", "--format", "text", "--format", "sarif", "--output", sarif], stdout, stderr);

            Assert.Equal(ExitCodes.Findings, exit);
            Assert.Equal(string.Empty, stderr.ToString());
            Assert.Contains(":5:3: error KL0002: duplicate key \"name\"", stdout.ToString());
            Assert.DoesNotContain("\"runs\"", stdout.ToString());
            var result = JsonNode.Parse(File.ReadAllText(sarif))!["runs"]![0]!["results"]![0]!;
            Assert.Equal("KL0002", (string?)result["ruleId"]);
            var location = result["locations"]![0]!["physicalLocation"]!;
            Assert.Equal(new Uri(manifest).AbsoluteUri, (string?)location["artifactLocation"]!["uri"]);
            Assert.Equal(5, (int)location["region"]!["startLine"]!);
            Assert.Equal(3, (int)location["region"]!["startColumn"]!);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Pairs_each_output_with_the_format_before_it()
    {
        var targets = OutputTarget.FromArgs(["x.yaml", "-f", "github", "--format", "sarif", "-o", "a.sarif", "--format=junit", "--output=r.xml"]);
        Assert.Equal([new OutputTarget("github", null), new OutputTarget("sarif", "a.sarif"), new OutputTarget("junit", "r.xml")], targets);
    }
}
