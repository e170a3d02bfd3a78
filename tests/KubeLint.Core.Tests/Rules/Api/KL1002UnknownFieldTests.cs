using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1002UnknownFieldTests
{
    [Fact]
    public void Fires_on_a_misspelt_field_with_a_suggestion()
    {
        const string Text = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              [|replcias|]: 3
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                  - name: web
                    image: nginx
            """;
        RuleVerifier.Verify("KL1002", Text, new KubernetesVersion(1, 36));
        var message = RuleVerifier.LintText(Markup.Parse(Text).Text).Single(d => d.Id == "KL1002").Message;
        Assert.Equal("unknown field \"replcias\" in DeploymentSpec; did you mean \"replicas\"?", message);
    }

    [Fact]
    public void Fires_at_1_5_in_a_container() => RuleVerifier.Verify("KL1002", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: web
            image: nginx
            [|imagePolicy|]: Always
        """, new KubernetesVersion(1, 5));

    [Fact]
    public void A_dotted_key_is_one_unknown_field_not_a_path() => RuleVerifier.Verify("KL1002", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          [|template.spec|]:
            containers: [{name: web, image: nginx}]
          template:
            metadata:
              labels: {app: web}
            spec:
              containers: [{name: web, image: nginx}]
        """, new KubernetesVersion(1, 22));

    [Fact]
    public void Fires_for_custom_resources_against_their_crd() => RuleVerifier.Verify("KL1002", """
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
                    properties:
                      size: {type: integer}
        ---
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
        spec:
          size: 3
          [|colour|]: red
        """, new KubernetesVersion(1, 22));

    [Fact]
    public void Does_not_fire_for_known_fields_or_status() => RuleVerifier.Verify("KL1002", """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          creationTimestamp: null
        spec:
          selector: {app: web}
          ports:
          - port: 80
        status:
          loadBalancer: {}
        """, new KubernetesVersion(1, 9));
}
