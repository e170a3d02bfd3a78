using KubeLint.Core.Diagnostics;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Testing;
using BarePod = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4014BarePodAnalyzer>;
using NetRaw = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4022NetRawNotDroppedAnalyzer>;
using ServiceHost = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.CrossObject.KL3010ServiceHostNameAnalyzer>;

namespace KubeLint.Core.Tests.Testing;

/// <summary>The verifier's own contract: it passes on exact expectations and throws on each way a test
/// could otherwise pass for the wrong reason.</summary>
public class AnalyzerVerifierTests
{
    private const string Pod = "apiVersion: v1\nkind: {|#0:Pod|}\nmetadata:\n  name: web\n";
    private const string BarePodMessage = "Pod \"web\" is not managed by a controller; if it or its node fails, nothing recreates it — use a Deployment, StatefulSet or Job";

    [Fact]
    public Task Passes_on_the_exact_finding() => BarePod.VerifyAsync(
        Pod, BarePod.Diagnostic().WithLocation(0).WithArguments("web").WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public Task Passes_on_a_span_given_by_lines_and_columns() => BarePod.VerifyAsync(
        Pod.Replace("{|#0:Pod|}", "Pod"), BarePod.Diagnostic("KL4014").WithSpan(2, 7, 2, 10).WithMessage(BarePodMessage));

    [Fact]
    public Task Passes_on_square_markup() => BarePod.VerifyAsync(Pod.Replace("{|#0:Pod|}", "[|Pod|]"));

    [Fact]
    public async Task Throws_on_a_missing_finding()
    {
        var e = await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync(
            Pod.Replace("{|#0:Pod|}", "Pod").Replace("kind: Pod", "kind: Deployment"), BarePod.Diagnostic().WithSpan(2, 7, 2, 10)));
        Assert.Contains("Expected, not reported:\n  KL4014 manifest.yaml(2,7,2,10)", e.Message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throws_on_an_extra_finding()
    {
        var e = await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync(Pod.Replace("{|#0:Pod|}", "Pod")));
        Assert.Contains("Reported, not expected:\n  KL4014 manifest.yaml(2,7,2,10) warning: " + BarePodMessage, e.Message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throws_on_a_finding_at_another_span() =>
        await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync(Pod.Replace("{|#0:Pod|}", "Pod"), BarePod.Diagnostic().WithSpan(2, 7, 2, 9)));

    [Fact]
    public async Task Throws_on_other_arguments()
    {
        var e = await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync(Pod, BarePod.Diagnostic().WithLocation(0).WithArguments("api")));
        Assert.Contains("expected: Pod \"api\" is not managed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throws_on_another_severity()
    {
        var e = await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync(Pod, BarePod.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Error)));
        Assert.Contains("KL4014 manifest.yaml(2,7,2,10): severity warning, expected error", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_the_configured_severity_by_default()
    {
        var test = new AnalyzerTest { Sources = { ("manifest.yaml", Pod.Replace("{|#0:Pod|}", "[|Pod|]")) }, Configuration = "rules:\n  KL4014: error\n" };
        await BarePod.VerifyAsync(test);
        test.ExpectedDiagnostics.Add(BarePod.Diagnostic().WithSpan(2, 7, 2, 10).WithSeverity(DiagnosticSeverity.Warning));
        test.Sources[0] = ("manifest.yaml", Pod.Replace("{|#0:Pod|}", "Pod"));
        await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync(test));
    }

    [Fact]
    public async Task Throws_on_an_id_the_analyzer_does_not_report()
    {
        var e = await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync(Pod.Replace("{|#0:Pod|}", "Pod").Replace("kind: Pod", "kind: Deployment")
            + "---\n" + Pod.Replace("{|#0:Pod|}", "{|KL4041:Pod|}")));
        Assert.Contains("expects KL4041, which the analyzer does not report (its rules: KL4014)", e.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync("apiVersion: v1\nkind: Service\n", BarePod.Diagnostic(KL4003MissingMemoryLimitAnalyzer.Rule).WithSpan(2, 7, 2, 14)));
    }

    [Fact]
    public async Task Throws_when_a_rule_is_off_by_default_and_not_enabled()
    {
        const string Quiet = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: a:1\n    securityContext: {capabilities: {drop: [ALL]}}\n";
        var e = await Assert.ThrowsAsync<VerificationException>(() => NetRaw.VerifyAsync(Quiet));
        Assert.Contains("KL4022 is off in this run (disabled by default)", e.Message, StringComparison.Ordinal);
        await NetRaw.VerifyAsync(new AnalyzerTest { Sources = { ("manifest.yaml", Quiet) }, Configuration = "rules:\n  KL4022: info\n" });
    }

    [Fact]
    public async Task Throws_when_the_configuration_switches_the_rule_off()
    {
        var e = await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync(
            new AnalyzerTest { Sources = { ("manifest.yaml", "apiVersion: apps/v1\nkind: Deployment\n") }, Configuration = "rules:\n  KL4014: none\n" }));
        Assert.Contains("KL4014 is off in this run (switched off by the configuration)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throws_on_a_configuration_with_issues()
    {
        var e = await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync(
            new AnalyzerTest { Sources = { ("manifest.yaml", "apiVersion: apps/v1\nkind: Deployment\n") }, Configuration = "rulez: {}\n" }));
        Assert.StartsWith("The test's .kubelint.yaml has issues:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throws_on_square_markup_when_the_analyzer_has_several_rules()
    {
        var e = await Assert.ThrowsAsync<VerificationException>(() => ServiceHost.VerifyAsync("apiVersion: v1\nkind: [|Pod|]\n"));
        Assert.Contains("names no rule, and the analyzer has several (KL3010", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throws_on_a_markup_key_no_expectation_uses() =>
        await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync(Pod, BarePod.Diagnostic().WithSpan(2, 7, 2, 10)));

    [Fact]
    public async Task Throws_on_an_expectation_of_an_unmarked_key() =>
        await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync(Pod, BarePod.Diagnostic().WithLocation(0), BarePod.Diagnostic().WithLocation(1)));

    [Fact]
    public Task Reads_findings_in_several_files() => BarePod.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("a.yaml", "apiVersion: apps/v1\nkind: Deployment\n"), ("b/pod.yaml", Pod) },
        ExpectedDiagnostics = { BarePod.Diagnostic().WithLocation(0).WithArguments("web") },
    });
}
