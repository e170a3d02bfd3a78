using KubeLint.Core.Engine;
using KubeLint.Core.Reporting;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Reporting;

/// <summary>Values from a manifest never break an output format's lines (issue #16): each finding stays one line
/// in text, msbuild and github, however its container name is spelt.</summary>
public class LineSafeOutputTests
{
    // A container name holding a forged MSBuild error line, a GitHub workflow command, CR, an ANSI escape and BEL.
    private const string Hostile = "x\\n::add-mask::secret\\r\\nfake.yaml(1,1): error KL0000: forged\\u001b[31m\\u0007";

    [Theory]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("red\u001b[31m", "red\\u001b[31m")]
    [InlineData("tab\tstays", "tab\tstays")]
    [InlineData("c1\u0085 and\u2028", "c1\\u0085 and\\u2028")]
    [InlineData("plain ünïcode", "plain ünïcode")]
    public void Control_characters_are_written_out(string value, string expected) =>
        Assert.Equal(expected, LineText.Escape(value));

    [Fact]
    public void Text_without_control_characters_is_not_copied()
    {
        var value = "nginx:1.27";
        Assert.Same(value, LineText.Escape(value));
    }

    [Theory]
    [InlineData("msbuild")]
    [InlineData("text")]
    [InlineData("github")]
    public void A_hostile_container_name_stays_inside_its_findings_line(string format)
    {
        var output = Render(format, Hostile);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(lines, l => l.StartsWith("fake.yaml", StringComparison.Ordinal) || l.StartsWith("::add-mask", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', output);
        Assert.DoesNotContain('\u001b', output);
        Assert.Contains(lines, l => l.Contains("KL1012", StringComparison.Ordinal) && l.Contains("forged", StringComparison.Ordinal));

        // The look-alike: an ordinary name gives the same number of finding lines.
        var plain = Render(format, "x-fake-forged").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(plain.Count(l => l.Contains("KL4002", StringComparison.Ordinal)), lines.Count(l => l.Contains("KL4002", StringComparison.Ordinal)));
    }

    private static string Render(string format, string containerName)
    {
        using var folder = new TempFolder();
        folder.Write("p.yaml", $"apiVersion: v1\nkind: Pod\nmetadata: {{name: a}}\nspec:\n  containers:\n  - name: \"{containerName}\"\n    image: \"nginx:1.27\"\n");
        var result = new LintEngine().Run(new LintOptions { Paths = ["p.yaml"], WorkingDirectory = folder.Path });
        var reporter = ReporterRegistry.Create(format)!;
        using var writer = new StringWriter();
        reporter.Write(result, writer, new() { WorkingDirectory = folder.Path });
        return writer.ToString();
    }
}
