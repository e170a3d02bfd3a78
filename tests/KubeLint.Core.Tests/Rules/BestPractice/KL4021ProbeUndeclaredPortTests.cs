using KubeLint.Core.Diagnostics;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4021ProbeUndeclaredPortAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4021ProbeUndeclaredPortTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_port_names_the_container_does_not_declare(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
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
    public Task Does_not_fire_on_declared_names_or_numbers(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
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
            httpGet: {path: /, port: 8081}
        """));

    // A warning: the apiserver checks only the name's syntax (pkg/apis/core/validation/validation.go:
    // validateHTTPGetAction → ValidatePortNumOrName) and creates the pod; the probe fails at run time.
    [Fact]
    public Task Is_a_warning_because_the_apiserver_accepts_the_pod() => Verify.VerifyAsync(
        WorkloadManifests.Wrap("Pod", """
            containers:
            - name: web
              image: nginx:1.27
              readinessProbe:
                httpGet: {path: /, port: {|#0:htpp|}}
            """),
        Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Warning)
            .WithMessage("readinessProbe of container \"web\" uses port \"htpp\", which the container's ports do not name; the kubelet cannot resolve it and the check always fails"));
}
