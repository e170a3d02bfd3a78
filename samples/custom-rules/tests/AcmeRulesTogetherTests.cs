using Acme.KubeLintRules;
using KubeLint.Testing;
using Xunit;
using Verify = KubeLint.Testing.AnalyzerVerifier<Acme.KubeLintRules.RequireTeamLabel>;

namespace Acme.KubeLintRules.Tests;

/// <summary>Both Acme rules on one input: NoNodePortInProduction runs beside RequireTeamLabel, and its findings
/// are held to the expected ones too.</summary>
public class AcmeRulesTogetherTests
{
    private const string Production = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: prod
          [|labels|]:
            app: web
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          namespace: prod
        spec:
          type: {|#0:NodePort|}
        """;

    [Fact]
    public Task Reports_each_rule_once() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("deploy.yaml", Production) },
        AdditionalAnalyzers = { new NoNodePortInProduction() },
        ExpectedDiagnostics = { Verify.Diagnostic("ACME0002").WithLocation(0).WithArguments("web", "prod", "NodePort") },
    });

    [Fact]
    public async Task Fails_a_test_that_leaves_out_the_other_rule_s_finding()
    {
        var e = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyAsync(new AnalyzerTest
        {
            Sources = { ("deploy.yaml", Production.Replace("{|#0:NodePort|}", "NodePort")) },
            AdditionalAnalyzers = { new NoNodePortInProduction() },
        }));
        Assert.Contains("Reported, not expected:", e.Message);
        Assert.Contains("ACME0002 deploy.yaml(15,9,15,17)", e.Message);
    }
}
