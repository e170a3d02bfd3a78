using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Network.KL2011NodePortExposedAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2011NodePortExposedTests
{
    private const string Services = """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: TYPE
          ports:
          - port: 80
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: lb
        spec:
          type: LoadBalancer
          allocateLoadBalancerNodePorts: false
          ports:
          - port: 80
        """;

    [Fact]
    public Task Fires_when_enabled() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("svc.yaml", Services.Replace("TYPE", "{|#0:NodePort|}")) },
        Configuration = "rules:\n  KL2011: warning\n",
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithMessage("NodePort Service opens node ports on every node's addresses; make sure a firewall limits who can reach them") },
    });

    [Fact]
    public async Task Is_off_by_default()
    {
        var services = Services.Replace("TYPE", "[|NodePort|]", StringComparison.Ordinal);
        Assert.DoesNotContain(EngineRun.LintText(Markup.Parse(services).Text), d => d.Id == "KL2011");
        var e = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyAsync(services));
        Assert.Contains("KL2011 is off in this run (disabled by default)", e.Message, StringComparison.Ordinal);
        await Verify.VerifyAsync(new AnalyzerTest { Sources = { ("manifest.yaml", services) }, Configuration = "rules:\n  KL2011: warning\n" });
    }
}
