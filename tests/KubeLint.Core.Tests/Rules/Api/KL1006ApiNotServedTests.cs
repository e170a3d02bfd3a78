using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1006ApiNotServedAnalyzer>;

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
    public async Task Fires_on_a_removed_api_version()
    {
        // networking.k8s.io/v1 Ingress has defaultBackend, not backend (the 1.19+ OpenAPI documents, schemas/api).
        await Verify.VerifyMessagesAsync(Ingress, new KubernetesVersion(1, 22), "extensions/v1beta1 Ingress was removed in 1.22; the closest is networking.k8s.io/v1, available since 1.19, which has no spec.backend");
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
    public async Task An_autoscaling_v2_hpa_on_1_22_is_sent_to_v2beta2_which_has_its_fields()
    {
        await Verify.VerifyMessagesAsync(AutoscalerV2, new KubernetesVersion(1, 22),
            "autoscaling/v2 HorizontalPodAutoscaler needs 1.23; on 1.22 use autoscaling/v2beta2");
        await ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyAsync(Markup.Parse(AutoscalerV2).Text, new KubernetesVersion(1, 22));
        await ApiRuleVerifier<KL1002UnknownFieldAnalyzer>.VerifyAsync(Markup.Parse(AutoscalerV2).Text, new KubernetesVersion(1, 22));
    }

    // The look-alike: an autoscaling/v2 HPA using no v2-only field keeps the GA advice.
    [Fact]
    public Task An_autoscaling_v2_hpa_without_metrics_is_sent_to_the_ga_version() => Verify.VerifyMessagesAsync("""
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
    public async Task When_no_served_version_has_every_field_the_closest_is_named_with_what_it_lacks()
    {
        await Verify.VerifyMessagesAsync(AutoscalerV2, new KubernetesVersion(1, 17),
            "autoscaling/v2 HorizontalPodAutoscaler needs 1.23; on 1.17 the closest is autoscaling/v2beta2, which has no spec.behavior");
        await ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyAsync(Markup.Parse(AutoscalerV2).Text, new KubernetesVersion(1, 17));
        await ApiRuleVerifier<KL1002UnknownFieldAnalyzer>.VerifyAsync(Markup.Parse(AutoscalerV2).Text, new KubernetesVersion(1, 17));
    }

    [Fact]
    public async Task Fires_on_an_api_version_that_is_not_there_yet()
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
        await Verify.VerifyMessagesAsync(Text, new KubernetesVersion(1, 5), "apps/v1 Deployment needs 1.9; on 1.5 use extensions/v1beta1");
    }

    [Fact]
    public Task Fires_at_1_36_on_a_kind_with_no_successor() => Verify.VerifyAsync("""
        apiVersion: [|policy/v1beta1|]
        kind: PodSecurityPolicy
        metadata:
          name: restricted
        spec: {}
        """, new KubernetesVersion(1, 36));

    [Fact]
    public Task Does_not_fire_when_the_target_serves_it() => Verify.VerifyAsync(Ingress.Replace("[|", string.Empty).Replace("|]", string.Empty), new KubernetesVersion(1, 16));
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
    public async Task Fires_on_a_removed_audit_policy_version()
    {
        await Verify.VerifyMessagesAsync(AuditPolicy, new KubernetesVersion(1, 24), "audit.k8s.io/v1beta1 Policy was removed in 1.24; use audit.k8s.io/v1");
    }

    [Fact]
    public Task Does_not_fire_on_files_that_no_apiserver_serves_but_that_are_fine() => ApiRuleVerifier<KL1006ApiNotServedAnalyzer>.VerifyWithAsync([("policy.yaml", """
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
        """)], new KubernetesVersion(1, 16), null, new KL1008AlphaApiAnalyzer());
}
