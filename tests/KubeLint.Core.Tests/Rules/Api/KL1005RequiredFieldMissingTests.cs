using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1005RequiredFieldMissingTests
{
    // The missing selector is KL3003's (it names the labels to copy), so KL1005 does not report it too.
    [Fact]
    public void Fires_on_missing_containers_and_port_and_leaves_the_selector_to_kl3003() => RuleVerifier.Verify(["KL1005", "KL3003"], [("manifest.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        {|KL3003:spec|}:
          template:
            metadata:
              labels: {app: web}
            [|spec|]:
              restartPolicy: Always
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
          - [|name|]: http
            targetPort: 8080
        """)], new KubernetesVersion(1, 36));

    [Fact]
    public void Fires_at_1_5_on_a_container_without_a_name() => RuleVerifier.Verify("KL1005", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - [|image|]: nginx
        """, new KubernetesVersion(1, 5));

    [Fact]
    public void Fires_on_custom_resources_missing_a_field_their_crd_requires() => RuleVerifier.Verify("KL1005", """
        apiVersion: apiextensions.k8s.io/v1beta1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          version: v1alpha1
          names: {kind: Widget, plural: widgets}
          scope: Namespaced
          validation:
            openAPIV3Schema:
              type: object
              properties:
                spec:
                  type: object
                  required: [size]
                  properties:
                    size: {type: integer}
        ---
        apiVersion: example.com/v1alpha1
        kind: Widget
        metadata:
          name: w
        [|spec|]:
          colour: red
        """, new KubernetesVersion(1, 16));

    [Fact]
    public void Does_not_fire_when_required_fields_are_there() => RuleVerifier.Verify("KL1005", """
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
                ports:
                - containerPort: 80
        """, new KubernetesVersion(1, 22));
}
