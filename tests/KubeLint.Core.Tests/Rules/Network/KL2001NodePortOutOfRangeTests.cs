using KubeLint.Core.Cluster;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Network.KL2001NodePortOutOfRangeAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2001NodePortOutOfRangeTests
{
    [Fact]
    public Task Fires_outside_the_default_range() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: NodePort
          ports:
          - port: 80
            nodePort: {|#0:8080|}
          - port: 443
            nodePort: 32767
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("nodePort 8080 is outside the node port range 30000-32767 (Kubernetes' default)"));

    [Fact]
    public Task Uses_the_configured_range_in_the_a_plus_n_form() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("svc.yaml", """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              type: LoadBalancer
              ports:
              - port: 80
                nodePort: 20100
              - port: 443
                nodePort: [|30000|]
            """) },
        ClusterFacts = { [ClusterFacts.ServiceNodePortRange] = "20000+999" },
    });

    [Fact]
    public Task Does_not_fire_inside_the_range_or_on_services_without_node_ports() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: NodePort
          ports:
          - port: 80
            nodePort: 30080
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: internal
        spec:
          ports:
          - port: 80
            nodePort: 80
        """);
}
