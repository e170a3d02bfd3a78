using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.CrossObject.KL3004ServicePortMismatchAnalyzer>;

namespace KubeLint.Core.Tests.Rules.CrossObject;

public class KL3004ServicePortMismatchTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers:
              - name: web
                image: nginx
                ports:
                - {name: http, containerPort: 8080}
                - {name: dns, containerPort: 53, protocol: UDP}

        """;

    [Fact]
    public Task Fires_at_a_named_target_port_no_container_declares() => Verify.VerifyAsync(Deployment + """
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          selector: {app: web}
          ports:
          - name: http
            port: 80
            targetPort: http
          - name: metrics
            port: 9090
            targetPort: {|#0:metrics|}
          - name: dns
            port: 53
            targetPort: [|dns|]
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("targetPort \"metrics\" of Service \"web\" names no TCP container port of the pods it selects (Deployment/web); they declare \"http\", \"dns\"; the port gets no endpoints"));

    [Fact]
    public Task Does_not_fire_for_numeric_ports_or_when_the_service_selects_nothing() => Verify.VerifyAsync(Deployment + """
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          selector: {app: web}
          ports:
          - {name: a, port: 80, targetPort: 9999}
          - {name: b, port: 81}
          - {name: c, port: 53, targetPort: dns, protocol: UDP}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: other}
        spec:
          selector: {app: other}
          ports: [{port: 80, targetPort: http-alt}]
        """);

    [Fact]
    public Task Fires_at_a_duplicate_port_name() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata: {name: dns}
        spec:
          ports:
          - name: dns
            port: 53
            protocol: UDP
          - name: [|dns|]
            port: 53
            protocol: TCP
        """);
}
