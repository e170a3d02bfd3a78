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

            // From a folder of its own (CliRunner), beside the manifest's: configuration and custom rules are found from the
            // current folder, which other tests set while they run (one found the custom-rule sample's ACME0001 this way).
            var elsewhere = Directory.CreateDirectory(Path.Combine(folder, "elsewhere")).FullName;
            var (exit, stdout, stderr) = CliRunner.Run(elsewhere, ["lint", manifest, "--no-color", "--format", "text", "--format", "sarif", "--output", sarif]);

            Assert.Equal(ExitCodes.Findings, exit);
            Assert.Equal(string.Empty, stderr);
            Assert.Contains(":5:3: error KL0002: duplicate key \"name\"", stdout);
            Assert.DoesNotContain("\"runs\"", stdout);
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
        var targets = OutputTarget.FromArgs(["x.yaml", "-f", "github", "--format", "sarif", "-o", "a.sarif", "--format=junit", "--output=r.xml"], out var error);
        Assert.Null(error);
        Assert.Equal([new OutputTarget("github", null), new OutputTarget("sarif", "a.sarif"), new OutputTarget("junit", "r.xml")], targets);
    }

    /// <summary>Issue #16: each of these used to run: text written silently to out.json, two JSON documents in one
    /// stream, and the SARIF overwriting the JSON.</summary>
    [Theory]
    [InlineData("-o|out.json", "--output out.json needs a --format before it, e.g. '--format json --output out.json'")]
    [InlineData("-f|json|-f|sarif", "only one format may go to standard output, not json and sarif; give the others an --output after them")]
    [InlineData("-f|json|-o|out|-f|sarif|-o|out", "--format json and --format sarif both go to out; one file per format")]
    [InlineData("-f|json|-o|a.json|-o|b.json", "--format json already goes to a.json; give --output b.json a --format of its own before it")]
    public void Output_mistakes_are_refused_with_what_to_write_instead(string args, string message)
    {
        var targets = OutputTarget.FromArgs(args.Split('|'), out var error);
        Assert.Equal(message, error);
        Assert.Empty(targets);
    }

    [Theory]
    [InlineData("", "text:")]
    [InlineData("-f|json", "json:")]
    [InlineData("-f|text|-f|json|-o|a.json|-f|sarif|-o|a.sarif", "text:,json:a.json,sarif:a.sarif")]
    [InlineData("-f|json|-o|a.json|-f|json|-o|b.json", "json:a.json,json:b.json")]
    public void The_valid_look_alikes_pass(string args, string expected)
    {
        var targets = OutputTarget.FromArgs(args.Length == 0 ? [] : args.Split('|'), out var error);
        Assert.Null(error);
        Assert.Equal(expected, string.Join(",", targets.Select(t => $"{t.Format}:{t.Path}")));
    }
}
