using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1001FieldNotInTargetVersionTests
{
    private static readonly KubernetesVersion V1_5 = new(1, 5);

    [Fact]
    public Task Fires_on_a_field_added_later() => ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          [|priorityClassName|]: high
          containers:
          - name: web
            image: nginx
        """, V1_5);

    [Fact]
    public async Task Fires_on_a_field_removed_earlier()
    {
        await ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyMessagesAsync("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: cfg
              [|clusterName|]: east
            """, new KubernetesVersion(1, 36),
            "metadata.clusterName is not available in Kubernetes 1.36; it was removed in 1.25");
    }

    [Fact]
    public Task Fires_in_list_items_at_1_9() => ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: nginx
                securityContext:
                  [|runAsGroup|]: 1000
        """, new KubernetesVersion(1, 9));

    // A key that no minor of the written apiVersion has but another apiVersion of the same object has is a real
    // field the target does not know, not a typo: seccompProfile is apps/v1's (1.19, core/v1 PodSecurityContext),
    // never extensions/v1beta1's. A misspelling of it stays KL1002, and the 1.19 field at 1.19 is fine.
    private const string SeccompAt15 = """
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata:
          name: dns
        spec:
          template:
            metadata:
              labels: {app: dns}
            spec:
              securityContext:
                [|seccompProfile|]:
                  type: RuntimeDefault
              containers:
              - name: dns
                image: dns:1
        """;

    [Fact]
    public async Task A_field_only_another_api_version_of_the_kind_has_is_KL1001_not_KL1002()
    {
        await ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyMessagesAsync(SeccompAt15, V1_5,
            "spec.template.spec.securityContext.seccompProfile is not available in Kubernetes 1.5 (extensions/v1beta1); apps/v1 has it from 1.19");
        await ApiRuleVerifier<KL1002UnknownFieldAnalyzer>.VerifyAsync(Markup.Parse(SeccompAt15).Text, V1_5);
        await ApiRuleVerifier<KL1002UnknownFieldAnalyzer>.VerifyMessagesAsync(Markup.Parse(SeccompAt15).Text.Replace("seccompProfile:", "[|seccompProfil|]:"), V1_5,
            "unknown field \"seccompProfil\" in PodSecurityContext");
        var atApps119 = Markup.Parse(SeccompAt15).Text.Replace("extensions/v1beta1", "apps/v1").Replace("  template:", "  selector:\n    matchLabels: {app: dns}\n  template:");
        await ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyAsync(atApps119, new KubernetesVersion(1, 19));
        await ApiRuleVerifier<KL1002UnknownFieldAnalyzer>.VerifyAsync(atApps119, new KubernetesVersion(1, 19));
    }

    // A field a served apiVersion of the kind has at the target: the message names it (moving there keeps the field).
    [Fact]
    public Task A_field_a_served_api_version_has_at_the_target_names_it() => ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyMessagesAsync("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          [|rollbackTo|]:
            revision: 2
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
              - name: web
                image: nginx
        """, new KubernetesVersion(1, 9),
        "spec.rollbackTo is not available in Kubernetes 1.9 (apps/v1); apps/v1beta1 has it at 1.9");

    // Namesakes that are other objects are no relatives: core v1 Event has no "note" (events.k8s.io Event's).
    [Fact]
    public Task A_namesake_in_another_group_is_no_relative() => ApiRuleVerifier<KL1002UnknownFieldAnalyzer>.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Event
        metadata:
          name: e
        involvedObject:
          kind: Pod
        [|note|]: hello
        """, new KubernetesVersion(1, 30),
        "unknown field \"note\" in Event");

    // Issue #14: an object whose apiVersion the target does not serve gets one finding, KL1006, which names the fields
    // its replacement lacks; the other field checks still run against that replacement (a typo is KL1002).
    [Fact]
    public Task An_api_version_the_target_lacks_gives_no_KL1001_and_KL1006_names_the_fields() => ApiRuleVerifier<KL1006ApiNotServedAnalyzer>.VerifyMessagesAsync("""
        apiVersion: [|apps/v1|]
        kind: Deployment
        metadata:
          name: dns
        spec:
          replicas: 2
          selector:
            matchLabels: {app: dns}
          template:
            metadata:
              labels: {app: dns}
            spec:
              priorityClassName: system-cluster-critical
              securityContext:
                seccompProfile: {type: RuntimeDefault}
              containers:
              - name: dns
                image: dns
        """, V1_5,
        "apps/v1 Deployment needs 1.9; on 1.5 the closest is extensions/v1beta1, which has no spec.template.spec.priorityClassName, spec.template.spec.securityContext.seccompProfile");

    [Fact]
    public Task Fields_of_a_not_served_api_version_are_still_checked_against_its_replacement() => ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyWithAsync([("dns.yaml", """
        apiVersion: {|KL1006:apps/v1|}
        kind: Deployment
        metadata:
          name: dns
        spec:
          {|KL1002:replcias|}: 2
          selector:
            matchLabels: {app: dns}
          template:
            metadata:
              labels: {app: dns}
            spec:
              priorityClassName: system-cluster-critical
              containers:
              - name: dns
                image: dns
        ---
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata:
          name: dns-old
        spec:
          template:
            metadata:
              labels: {app: dns}
            spec:
              {|KL1001:priorityClassName|}: system-cluster-critical
              containers:
              - name: dns
                image: dns
        """)], V1_5, null, new KL1002UnknownFieldAnalyzer(), new KL1006ApiNotServedAnalyzer());

    [Fact]
    public Task Does_not_fire_when_the_target_has_the_field() => ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          priorityClassName: high
          containers:
          - name: web
            image: nginx
            securityContext:
              runAsGroup: 1000
        """, new KubernetesVersion(1, 22));

    [Fact]
    public Task Does_not_fire_inside_maps_or_preserved_fields() => ApiRuleVerifier<KL1001FieldNotInTargetVersionAnalyzer>.VerifyWithAsync([("m.yaml", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
          labels:
            priorityClassName: x
          annotations:
            tolerations: y
        data:
          optional: "true"
        ---
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          names: {kind: Widget, plural: widgets}
          scope: Namespaced
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    x-kubernetes-preserve-unknown-fields: true
        ---
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
        spec:
          priorityClassName: anything
          tolerations: goes
        """)], new KubernetesVersion(1, 16), null, new KL1002UnknownFieldAnalyzer());
}
