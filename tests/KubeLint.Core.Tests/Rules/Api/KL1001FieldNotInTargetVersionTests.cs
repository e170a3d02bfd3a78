using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1001FieldNotInTargetVersionTests
{
    private static readonly KubernetesVersion V1_5 = new(1, 5);

    [Fact]
    public void Fires_on_a_field_added_later() => RuleVerifier.Verify("KL1001", """
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
    public void Fires_on_a_field_removed_earlier()
    {
        RuleVerifier.Verify("KL1001", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: cfg
              [|clusterName|]: east
            """, new KubernetesVersion(1, 36));
        var message = RuleVerifier.LintText("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n  clusterName: east\n", new KubernetesVersion(1, 36)).Single(d => d.Id == "KL1001").Message;
        Assert.Equal("metadata.clusterName is not available in Kubernetes 1.36; it was removed in 1.25", message);
    }

    [Fact]
    public void Fires_in_list_items_at_1_9() => RuleVerifier.Verify("KL1001", """
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

    [Fact]
    public void Checks_an_api_version_the_target_lacks_against_the_one_it_proposes() => RuleVerifier.Verify(["KL1001", "KL1002", "KL1006"], [("dns.yaml", """
        apiVersion: {|KL1006:apps/v1|}
        kind: Deployment
        metadata:
          name: dns
        spec:
          selector:
            matchLabels: {app: dns}
          template:
            metadata:
              labels: {app: dns}
            spec:
              {|KL1001:priorityClassName|}: system-cluster-critical
              securityContext:
                {|KL1001:seccompProfile|}: {type: RuntimeDefault}
              containers:
              - name: dns
                image: dns
        """)], V1_5);

    [Fact]
    public void Does_not_fire_when_the_target_has_the_field() => RuleVerifier.Verify("KL1001", """
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
    public void Does_not_fire_inside_maps_or_preserved_fields() => RuleVerifier.Verify(["KL1001", "KL1002"], [("m.yaml", """
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
        """)], new KubernetesVersion(1, 16));
}
