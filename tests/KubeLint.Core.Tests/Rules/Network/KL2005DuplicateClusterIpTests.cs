using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2005DuplicateClusterIpTests
{
    [Fact]
    public void Fires_on_the_later_service() => RuleVerifier.Verify("KL2005", """
        apiVersion: v1
        kind: Service
        metadata:
          name: kube-dns
          namespace: kube-system
        spec:
          clusterIP: 10.96.0.10
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: coredns
          namespace: kube-system
        spec:
          clusterIP: [|10.96.0.10|]
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: v6
        spec:
          clusterIPs: ["fd00::a", "10.96.0.11"]
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: v6-again
        spec:
          clusterIP: [|fd00:0::a|]
        """);

    [Fact]
    public void Does_not_fire_for_none_or_distinct_addresses() => RuleVerifier.Verify("KL2005", """
        apiVersion: v1
        kind: Service
        metadata:
          name: a
        spec:
          clusterIP: None
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: b
        spec:
          clusterIP: None
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: c
        spec:
          clusterIP: 10.96.0.12
          clusterIPs: [10.96.0.12]
        """);
}
