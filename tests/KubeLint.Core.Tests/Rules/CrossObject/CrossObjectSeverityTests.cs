using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.CrossObject;

/// <summary>A rule may choose its finding's default severity (KL3006: info, warning when the inputs
/// are complete); configuration still overrides it, and a category switched off is not run.</summary>
public class CrossObjectSeverityTests
{
    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata: {name: app}
        spec:
          containers:
          - name: app
            image: app
            envFrom: [{configMapRef: {name: missing}}]
        """;

    [Theory]
    [InlineData("complete: true\n", DiagnosticSeverity.Warning)]
    [InlineData("complete: true\nrules:\n  KL3006: error\n", DiagnosticSeverity.Error)]
    [InlineData("rules:\n  KL3006: error\n", DiagnosticSeverity.Error)]
    [InlineData("categories:\n  CrossObject: warning\n", DiagnosticSeverity.Warning)]
    public void Configuration_overrides_the_severity_a_rule_chose(string config, DiagnosticSeverity expected)
    {
        using var folder = new TempFolder();
        folder.Write("pod.yaml", Pod);
        folder.Write(".kubelint.yaml", config);
        var finding = Assert.Single(EngineRun.Lint(folder.Path, ["pod.yaml"]).Diagnostics, d => d.Id == "KL3006");
        Assert.Equal(expected, finding.Severity);
    }

    [Fact]
    public void A_category_switched_off_reports_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("pod.yaml", Pod);
        folder.Write(".kubelint.yaml", "categories:\n  CrossObject: none\n");
        var result = new LintEngine().Run(new LintOptions { Paths = ["pod.yaml"], WorkingDirectory = folder.Path, Complete = true });
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("KL3", StringComparison.Ordinal));
        Assert.Empty(result.Suppressed);
        Assert.Contains(result.Rules, r => r.Id == "KL3006");
    }
}
