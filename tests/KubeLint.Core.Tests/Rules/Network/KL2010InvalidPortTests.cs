using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Network.KL2010InvalidPortAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2010InvalidPortTests
{
    [Fact]
    public Task Fires_for_ports_out_of_range_and_bad_protocols() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: NodePort
          ports:
          - port: {|#0:70000|}
            targetPort: [|0|]
            protocol: [|tcp|]
          - port: 53
            nodePort: [|-1|]
            protocol: [|HTTP|]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
              - name: web
                image: nginx:1.27
                ports:
                - containerPort: [|0|]
                  hostPort: [|65536|]
                readinessProbe:
                  httpGet:
                    port: [|99999|]
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("port 70000 is outside 1–65535"));

    [Fact]
    public Task Does_not_fire_for_valid_ports_names_and_unset_values() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
          - port: 65535
            targetPort: http
            nodePort: 0
            protocol: SCTP
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: web
            image: nginx:1.27
            ports:
            - containerPort: 1
              hostPort: 0
              protocol: UDP
            livenessProbe:
              tcpSocket:
                port: http
        """);
}
