using KubeLint.Core.Tests.Infrastructure;

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
    public void Fires_when_enabled() => RuleVerifier.Verify(["KL2011"], [("svc.yaml", Services.Replace("TYPE", "[|NodePort|]"))], config: "rules:\n  KL2011: warning\n");

    [Fact]
    public void Is_off_by_default() => RuleVerifier.Verify(["KL2011"], [("svc.yaml", Services.Replace("TYPE", "NodePort"))]);
}
