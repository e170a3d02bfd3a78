using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1006ApiNotServedTests
{
    private const string Ingress = """
        apiVersion: [|extensions/v1beta1|]
        kind: Ingress
        metadata:
          name: web
        spec:
          backend:
            serviceName: web
            servicePort: 80
        """;

    [Fact]
    public void Fires_on_a_removed_api_version()
    {
        RuleVerifier.Verify("KL1006", Ingress, new KubernetesVersion(1, 22));
        var message = RuleVerifier.LintText(Markup.Parse(Ingress).Text, new KubernetesVersion(1, 22)).Single(d => d.Id == "KL1006").Message;
        // networking.k8s.io/v1 Ingress has defaultBackend, not backend (the 1.19+ OpenAPI documents, schemas/api).
        Assert.Equal("extensions/v1beta1 Ingress was removed in 1.22; the closest is networking.k8s.io/v1, available since 1.19, which has no spec.backend", message);
    }

    private const string AutoscalerV2 = """
        apiVersion: [|autoscaling/v2|]
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          minReplicas: 1
          maxReplicas: 5
          metrics:
          - type: Resource
            resource:
              name: cpu
              target: {type: Utilization, averageUtilization: 80}
          behavior:
            scaleDown: {stabilizationWindowSeconds: 300}
        """;

    // Issue #14. autoscaling/v2 is served from 1.23; on 1.22 autoscaling/v1 (GA) has neither spec.metrics nor
    // spec.behavior, autoscaling/v2beta2 has both (the OpenAPI documents behind schemas/api: v2beta2 spec.metrics
    // since 1.12, spec.behavior since 1.18). The advice is v2beta2, and the fields give no KL1001 of their own.
    [Fact]
    public void An_autoscaling_v2_hpa_on_1_22_is_sent_to_v2beta2_which_has_its_fields()
    {
        RuleVerifier.VerifyMessages("KL1006", AutoscalerV2, new KubernetesVersion(1, 22),
            "autoscaling/v2 HorizontalPodAutoscaler needs 1.23; on 1.22 use autoscaling/v2beta2");
        Assert.DoesNotContain(RuleVerifier.LintText(Markup.Parse(AutoscalerV2).Text, new KubernetesVersion(1, 22)), d => d.Id is "KL1001" or "KL1002");
    }

    // The look-alike: an autoscaling/v2 HPA using no v2-only field keeps the GA advice.
    [Fact]
    public void An_autoscaling_v2_hpa_without_metrics_is_sent_to_the_ga_version() => RuleVerifier.VerifyMessages("KL1006", """
        apiVersion: [|autoscaling/v2|]
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          maxReplicas: 5
        """, new KubernetesVersion(1, 22),
        "autoscaling/v2 HorizontalPodAutoscaler needs 1.23; on 1.22 use autoscaling/v1");

    // On 1.17 no served version has spec.behavior (autoscaling/v2beta2 gained it in 1.18): the closest, named with
    // what it lacks, and still no KL1001.
    [Fact]
    public void When_no_served_version_has_every_field_the_closest_is_named_with_what_it_lacks()
    {
        RuleVerifier.VerifyMessages("KL1006", AutoscalerV2, new KubernetesVersion(1, 17),
            "autoscaling/v2 HorizontalPodAutoscaler needs 1.23; on 1.17 the closest is autoscaling/v2beta2, which has no spec.behavior");
        Assert.DoesNotContain(RuleVerifier.LintText(Markup.Parse(AutoscalerV2).Text, new KubernetesVersion(1, 17)), d => d.Id is "KL1001" or "KL1002");
    }

    [Fact]
    public void Fires_on_an_api_version_that_is_not_there_yet()
    {
        const string Text = """
            apiVersion: [|apps/v1|]
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers: [{name: web, image: nginx}]
            """;
        RuleVerifier.Verify("KL1006", Text, new KubernetesVersion(1, 5));
        var message = RuleVerifier.LintText(Markup.Parse(Text).Text, new KubernetesVersion(1, 5)).Single(d => d.Id == "KL1006").Message;
        Assert.Equal("apps/v1 Deployment needs 1.9; on 1.5 use extensions/v1beta1", message);
    }

    [Fact]
    public void Fires_at_1_36_on_a_kind_with_no_successor() => RuleVerifier.Verify("KL1006", """
        apiVersion: [|policy/v1beta1|]
        kind: PodSecurityPolicy
        metadata:
          name: restricted
        spec: {}
        """, new KubernetesVersion(1, 36));

    [Fact]
    public void Does_not_fire_when_the_target_serves_it() => RuleVerifier.Verify("KL1006", Ingress.Replace("[|", string.Empty).Replace("|]", string.Empty), new KubernetesVersion(1, 16));
}

public class KL1006FileKindTests
{
    private const string AuditPolicy = """
        apiVersion: [|audit.k8s.io/v1beta1|]
        kind: Policy
        rules:
        - level: Metadata
        """;

    [Fact]
    public void Fires_on_a_removed_audit_policy_version()
    {
        RuleVerifier.Verify("KL1006", AuditPolicy, new KubernetesVersion(1, 24));
        var message = RuleVerifier.LintText(Markup.Parse(AuditPolicy).Text, new KubernetesVersion(1, 24)).Single(d => d.Id == "KL1006").Message;
        Assert.Equal("audit.k8s.io/v1beta1 Policy was removed in 1.24; use audit.k8s.io/v1", message);
    }

    [Fact]
    public void Does_not_fire_on_files_that_no_apiserver_serves_but_that_are_fine() => RuleVerifier.Verify(["KL1006", "KL1008"], [("policy.yaml", """
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
        - level: Metadata
        ---
        apiVersion: v1
        kind: Policy
        predicates: []
        ---
        apiVersion: audit.k8s.io/v1alpha1
        kind: Policy
        rules: []
        """)], new KubernetesVersion(1, 16));
}
