using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2004ClusterIpOutsideServiceCidrTests
{
    [Fact]
    public void Fires_for_addresses_outside_a_dual_stack_range() => RuleVerifier.Verify(["KL2004"], [("svc.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          clusterIP: [|10.200.0.10|]
          clusterIPs:
          - 10.200.0.10
          - [|fd00:10:97::10|]
          ipFamilyPolicy: RequireDualStack
          ports:
          - port: 80
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: inside
        spec:
          clusterIP: 10.96.0.20
          clusterIPs: [10.96.0.20, "fd00:10:96::20"]
          ports:
          - port: 80
        """)], config: """
        cluster:
          serviceClusterIPRange: 10.96.0.0/12,fd00:10:96::/112
        """);

    [Fact]
    public void Fires_for_an_ipv6_address_in_an_ipv4_only_cluster() => RuleVerifier.Verify(["KL2004"], [("svc.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          clusterIP: [|fd00::10|]
          ports:
          - port: 80
        """)], config: "cluster:\n  serviceClusterIPRange: 10.96.0.0/12\n");

    [Fact]
    public void Does_not_run_without_a_service_cidr_nor_for_none_and_empty() => RuleVerifier.Verify(["KL2004"], [("svc.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          clusterIP: 192.168.0.1
          ports:
          - port: 80
        """), ("headless.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: headless
        spec:
          clusterIP: None
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: auto
        spec:
          clusterIP: ""
        """)]);
}
