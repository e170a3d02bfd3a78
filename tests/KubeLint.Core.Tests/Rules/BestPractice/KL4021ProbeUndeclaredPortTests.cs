using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4021ProbeUndeclaredPortTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_on_port_names_the_container_does_not_declare(string kind) => RuleVerifier.Verify("KL4021", WorkloadManifests.Wrap(kind, """
        containers:
        - name: web
          image: nginx:1.27
          ports:
          - name: http
            containerPort: 80
          readinessProbe:
            httpGet: {path: /, port: [|htpp|]}
          livenessProbe:
            tcpSocket:
              port: [|metrics|]
          startupProbe:
            httpGet: {path: /, port: http}
          lifecycle:
            preStop:
              httpGet: {path: /drain, port: [|admin|]}
        - name: sidecar
          image: proxy:1
          ports:
          - name: metrics
            containerPort: 9090
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_on_declared_names_or_numbers(string kind) => RuleVerifier.Verify("KL4021", WorkloadManifests.Wrap(kind, """
        containers:
        - name: web
          image: nginx:1.27
          ports:
          - name: http
            containerPort: 80
          readinessProbe:
            httpGet: {path: /, port: http}
          livenessProbe:
            tcpSocket: {port: 8080}
          startupProbe:
            httpGet: {path: /, port: "8081"}
        """));
}
