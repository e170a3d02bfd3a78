using KubeLint.Core.Model;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1009DeprecatedAnnotationAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1009DeprecatedAnnotationTests
{
    private const string Ingress = """
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations:
            [|kubernetes.io/ingress.class|]: nginx
        spec:
          defaultBackend:
            service: {name: web, port: {number: 80}}
        """;

    [Fact]
    public Task Fires_on_the_ingress_class_annotation() => Verify.VerifyMessagesAsync(Ingress, new KubernetesVersion(1, 22),
        "annotation \"kubernetes.io/ingress.class\" is deprecated since 1.18; use spec.ingressClassName");

    [Fact]
    public Task Fires_on_pod_template_annotations() => Verify.VerifyAsync("""
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          selector:
            matchLabels: {app: agent}
          template:
            metadata:
              labels: {app: agent}
              annotations:
                [|seccomp.security.alpha.kubernetes.io/pod|]: runtime/default
                [|container.seccomp.security.alpha.kubernetes.io/agent|]: runtime/default
            spec:
              containers: [{name: agent, image: agent}]
        """, new KubernetesVersion(1, 36));

    [Fact]
    public Task Does_not_fire_before_the_field_exists() => Verify.VerifyAsync("""
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata:
          name: dns
        spec:
          template:
            metadata:
              annotations:
                scheduler.alpha.kubernetes.io/critical-pod: ''
            spec:
              containers: [{name: dns, image: dns}]
        """, new KubernetesVersion(1, 9));
}
