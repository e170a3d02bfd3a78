using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Network.KL2005DuplicateClusterIpAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2005DuplicateClusterIpTests
{
    [Fact]
    public Task Fires_on_the_later_service() => Verify.VerifyAsync("""
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
          clusterIP: {|#0:10.96.0.10|}
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
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("clusterIP 10.96.0.10 is already used by Service/kube-dns (manifest.yaml(7,14))"));

    [Fact]
    public Task Does_not_fire_for_none_or_distinct_addresses() => Verify.VerifyAsync("""
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
