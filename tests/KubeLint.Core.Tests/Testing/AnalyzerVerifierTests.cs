using KubeLint.Core.Diagnostics;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Rules.Security;
using KubeLint.Testing;
using BarePod = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4014BarePodAnalyzer>;
using ConfigurationIssues = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Engine.KL9001ConfigurationAnalyzer>;
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

    [Fact]
    public async Task Holds_configuration_issues_to_the_markup_in_the_configuration_analyzer_s_own_tests()
    {
        var test = new AnalyzerTest { Sources = { ("manifest.yaml", "apiVersion: apps/v1\nkind: Deployment\n") }, Configuration = "[|rulez|]: {}\n" };
        await ConfigurationIssues.VerifyAsync(test);
        test.Configuration = "rulez: {}\n";
        var e = await Assert.ThrowsAsync<VerificationException>(() => ConfigurationIssues.VerifyAsync(test));
        Assert.Contains("Reported, not expected:\n  KL9001 .kubelint.yaml(1,1,1,6) warning: ", e.Message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_rule_references_against_every_built_in_rule_while_running_only_the_configuration_analyzer()
    {
        var test = new AnalyzerTest { Sources = { ("manifest.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n") }, Configuration = "rules:\n  KL4014: error\n  KL4022: info\n" };
        var result = AnalyzerVerifier<KubeLint.Core.Rules.Engine.KL9001ConfigurationAnalyzer>.Verify(test);
        Assert.Equal(["KL9001"], result.RulesRun.Select(r => r.Id)); // the bare pod's KL4014 is not reported: its analyzer does not run
        test.Configuration = "rules:\n  KL4014: error\n  [|KL4114|]: info\n";
        await ConfigurationIssues.VerifyAsync(test);
        test.Configuration = "rules:\n  KL4014: error\n  KL4114: info\n";
        var e = await Assert.ThrowsAsync<VerificationException>(() => ConfigurationIssues.VerifyAsync(test));
        Assert.Contains("KL9001 .kubelint.yaml(3,3,3,9) warning: 'KL4114' in rules: names no rule", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task Holds_the_findings_of_additional_analyzers_to_the_expected_ones_too() => BarePod.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", "apiVersion: v1\nkind: [|Pod|]\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: {|KL4003:web|}\n    image: a:1\n") },
        AdditionalAnalyzers = { new KL4003MissingMemoryLimitAnalyzer() },
    });

    [Fact]
    public async Task Throws_on_an_unexpected_finding_of_an_additional_analyzer()
    {
        var test = new AnalyzerTest
        {
            Sources = { ("manifest.yaml", "apiVersion: v1\nkind: [|Pod|]\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: a:1\n") },
            AdditionalAnalyzers = { new KL4003MissingMemoryLimitAnalyzer() },
        };
        var e = await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync(test));
        Assert.StartsWith("KL4014BarePodAnalyzer + KL4003MissingMemoryLimitAnalyzer: the findings differ", e.Message, StringComparison.Ordinal);
        Assert.Contains("Reported, not expected:\n  KL4003 manifest.yaml(7,11,7,14)", e.Message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throws_on_an_id_no_analyzer_of_the_test_reports_or_an_additional_rule_that_is_off()
    {
        var test = new AnalyzerTest { Sources = { ("manifest.yaml", Pod.Replace("{|#0:Pod|}", "{|KL4031:Pod|}")) }, AdditionalAnalyzers = { new KL4003MissingMemoryLimitAnalyzer() } };
        var e = await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync(test));
        Assert.Contains("expects KL4031, which no analyzer of the test reports (their rules: KL4003, KL4014)", e.Message, StringComparison.Ordinal);
        test = new AnalyzerTest { Sources = { ("manifest.yaml", Pod.Replace("{|#0:Pod|}", "[|Pod|]")) }, AdditionalAnalyzers = { new KL4022NetRawNotDroppedAnalyzer() } };
        e = await Assert.ThrowsAsync<VerificationException>(() => BarePod.VerifyAsync(test));
        Assert.Contains("KL4022 is off in this run (disabled by default)", e.Message, StringComparison.Ordinal);
        test.Configuration = "rules:\n  KL4022: info\n";
        await BarePod.VerifyAsync(test);
    }
}
