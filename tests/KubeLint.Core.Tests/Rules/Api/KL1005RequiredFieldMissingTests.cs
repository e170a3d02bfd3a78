using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Rules.CrossObject;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1005RequiredFieldMissingAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1005RequiredFieldMissingTests
{
    // The missing selector is KL3003's (it names the labels to copy), so KL1005 does not report it too.
    [Fact]
    public Task Fires_on_missing_containers_and_port_and_leaves_the_selector_to_kl3003() => ApiRuleVerifier<KL1005RequiredFieldMissingAnalyzer>.VerifyWithAsync([("manifest.yaml", """
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
        """)], new KubernetesVersion(1, 36), null, new KL3003SelectorRequiredAnalyzer());

    // pkg/apis/rbac/v1/defaults.go SetDefaults_RoleBinding / SetDefaults_ClusterRoleBinding: an empty roleRef.apiGroup
    // becomes rbac.authorization.k8s.io before validation, though the OpenAPI documents before 1.36 list it as required.
    // A roleRef without its name is still reported (validation requires it: ValidateRoleBinding).
    [Theory]
    [InlineData(9)]
    [InlineData(22)]
    [InlineData(36)]
    public Task Leaves_a_defaulted_role_ref_api_group_alone_but_not_a_missing_name(int minor) => Verify.VerifyAsync("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: readers
        roleRef:
          kind: Role
          name: reader
        subjects:
        - kind: ServiceAccount
          name: build-bot
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: viewers
        [|roleRef|]:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
        subjects:
        - kind: Group
          name: viewers
          apiGroup: rbac.authorization.k8s.io
        """, new KubernetesVersion(1, minor));

    [Fact]
    public Task Fires_at_1_5_on_a_container_without_a_name() => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - [|image|]: nginx
        """, new KubernetesVersion(1, 5),
        "spec.containers[0] has no \"name\", which Container requires");

    [Fact]
    public Task Fires_on_custom_resources_missing_a_field_their_crd_requires() => Verify.VerifyMessagesAsync("""
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
        """, new KubernetesVersion(1, 16),
        "spec has no \"size\", which the CustomResourceDefinition's schema requires (schema of CustomResourceDefinition widgets.example.com, manifest.yaml)");

    [Fact]
    public Task Does_not_fire_when_required_fields_are_there() => Verify.VerifyAsync("""
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
