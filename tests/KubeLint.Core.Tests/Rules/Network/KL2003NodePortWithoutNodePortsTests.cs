using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Network.KL2003NodePortWithoutNodePortsAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2003NodePortWithoutNodePortsTests
{
    [Fact]
    public Task Fires_on_cluster_ip_headless_and_external_name_services() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: implicit-cluster-ip
        spec:
          ports:
          - port: 80
            nodePort: {|#0:30080|}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: headless
        spec:
          type: NodePort
          clusterIP: None
          ports:
          - port: 80
            nodePort: [|30081|]
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: external
        spec:
          type: ExternalName
          externalName: db.example.com
          ports:
          - port: 5432
            nodePort: [|30082|]
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("nodePort 30080 on a ClusterIP Service, which allocates no node ports; use type NodePort or LoadBalancer, or drop nodePort"));

    [Fact]
    public Task Does_not_fire_on_node_port_services_or_unset_node_ports() => Verify.VerifyAsync("""
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
          name: etcd
        spec:
          ports:
          - port: 2379
            nodePort: 0
        """);
}
