using KubeLint.Core.Cluster;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2001NodePortOutOfRangeTests
{
    [Fact]
    public void Fires_outside_the_default_range() => RuleVerifier.Verify("KL2001", """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: NodePort
          ports:
          - port: 80
            nodePort: [|8080|]
          - port: 443
            nodePort: 32767
        """);

    [Fact]
    public void Uses_the_configured_range_in_the_a_plus_n_form() => ClusterVerifier.Verify(["KL2001"], new ClusterVerifier.Setup
    {
        Inputs = [("svc.yaml", """
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
            """)],
        Flags = { [ClusterFacts.ServiceNodePortRange] = "20000+999" },
    });

    [Fact]
    public void Does_not_fire_inside_the_range_or_on_services_without_node_ports() => RuleVerifier.Verify("KL2001", """
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
