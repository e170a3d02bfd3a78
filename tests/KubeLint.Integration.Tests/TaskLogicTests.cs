using KubeLint.MSBuild;

namespace KubeLint.Integration.Tests;

/// <summary>The MSBuild task's pure logic, without a build: the line parser and the warning policy.</summary>
public class TaskLogicTests
{
    [Theory]
    [InlineData("deploy/app.yaml(14,18,14,19): error KL0002: duplicate key \"x\"", "deploy/app.yaml", 14, 18, 14, 19, "error", "KL0002", "duplicate key \"x\"")]
    [InlineData("deploy/app (copy).yaml(3,1,3,5): warning KL9001: '(x)': names no rule", "deploy/app (copy).yaml", 3, 1, 3, 5, "warning", "KL9001", "'(x)': names no rule")]
    [InlineData(@"C:\repo\deploy\a.yaml(1,2): info KL4001: m", @"C:\repo\deploy\a.yaml", 1, 2, 0, 0, "info", "KL4001", "m")]
    [InlineData("deploy/web.yaml(28,9,28,17): error ACME0002: custom rules keep their own IDs", "deploy/web.yaml", 28, 9, 28, 17, "error", "ACME0002", "custom rules keep their own IDs")]
    public void Parses_canonical_lines(string text, string file, int line, int column, int endLine, int endColumn, string severity, string code, string message)
    {
        var parsed = CanonicalLine.TryParse(text);
        Assert.NotNull(parsed);
        Assert.Equal((file, line, column, endLine, endColumn, severity, code, message), (parsed.File, parsed.Line, parsed.Column, parsed.EndLine, parsed.EndColumn, parsed.Severity, parsed.Code, parsed.Message));
    }

    [Theory]
    [InlineData("kubelint: configuration file not found: x.yaml")]
    [InlineData("deploy/app.yaml(14,18): error: no rule ID")]
    [InlineData("1 error, 0 warnings")]
    public void Other_lines_are_not_findings(string text) => Assert.Null(CanonicalLine.TryParse(text));

    [Theory]
    [InlineData(false, "", "", "", "warning", "KL4001", "Warning")]
    [InlineData(true, "", "", "", "warning", "KL4001", "Error")]
    [InlineData(true, "", "KL4001", "", "warning", "KL4001", "Warning")]
    [InlineData(false, "CS0168;KL4001", "", "", "warning", "KL4001", "Error")]
    [InlineData(false, "kl4001", "", "", "warning", "KL4001", "Error")]
    [InlineData(true, "", "", "CS1591,KL4001", "warning", "KL4001", "Silenced")]
    [InlineData(false, "", "", "KL4001", "info", "KL4001", "Silenced")]
    [InlineData(false, "", "", "", "info", "KL4001", "Message")]
    [InlineData(true, "", "", "", "info", "KL4001", "Message")]
    [InlineData(false, "", "", "KL0002", "error", "KL0002", "Error")]
    public void Applies_the_projects_warning_settings(bool treatWarningsAsErrors, string warningsAsErrors, string warningsNotAsErrors, string noWarn, string severity, string code, string expected) =>
        Assert.Equal(expected, new WarningPolicy(treatWarningsAsErrors, warningsAsErrors, warningsNotAsErrors, noWarn).Decide(severity, code).ToString());

    [Fact]
    public void Help_links_match_the_rule_pages_of_the_CLI()
    {
        // The task builds links from the ID; the engine's RuleHelp is the source of truth.
        var engineLink = KubeLint.Core.Diagnostics.RuleHelp.LinkFor("KL0002");
        Assert.Equal(engineLink, string.Format(System.Globalization.CultureInfo.InvariantCulture, KubeLintTask.HelpLinkFormat, "KL0002"));
    }
}
