using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2010InvalidPortTests
{
    [Fact]
    public void Fires_for_ports_out_of_range_and_bad_protocols() => RuleVerifier.Verify("KL2010", """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: NodePort
          ports:
          - port: [|70000|]
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
        """);

    [Fact]
    public void Does_not_fire_for_valid_ports_names_and_unset_values() => RuleVerifier.Verify("KL2010", """
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
