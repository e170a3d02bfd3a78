using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1002UnknownFieldAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1002UnknownFieldTests
{
    [Fact]
    public async Task Fires_on_a_misspelt_field_with_a_suggestion()
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
        await Verify.VerifyMessagesAsync(Text, new KubernetesVersion(1, 36), "unknown field \"replcias\" in DeploymentSpec; did you mean \"replicas\"?");
    }

    [Fact]
    public Task Fires_at_1_5_in_a_container() => Verify.VerifyAsync("""
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
    public Task A_dotted_key_is_one_unknown_field_not_a_path() => Verify.VerifyAsync("""
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
    public Task Fires_for_custom_resources_against_their_crd() => Verify.VerifyAsync("""
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
    public Task Does_not_fire_for_known_fields_or_status() => Verify.VerifyAsync("""
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
