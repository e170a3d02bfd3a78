using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Rules.Input;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1010UnknownKindAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

public class KL1010UnknownKindTests
{
    [Fact]
    public Task Fires_on_a_custom_resource_without_its_crd() => Verify.VerifyMessagesAsync("""
        apiVersion: monitoring.coreos.com/v1
        kind: [|ServiceMonitor|]
        metadata:
          name: web
        spec:
          endpoints: [{port: http}]
        """, new KubernetesVersion(1, 36),
        "no schema is known for monitoring.coreos.com/v1 ServiceMonitor: it is not a built-in kind and no CustomResourceDefinition among the inputs defines it, so its fields are not checked");

    [Fact]
    public Task Does_not_fire_when_the_crd_is_among_the_inputs() => Verify.VerifyAsync([
        ("crd.yaml", """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: servicemonitors.monitoring.coreos.com
            spec:
              group: monitoring.coreos.com
              names: {kind: ServiceMonitor, plural: servicemonitors}
              scope: Namespaced
              versions:
              - name: v1
                served: true
                storage: true
                schema:
                  openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
            """),
        ("sm.yaml", """
            apiVersion: monitoring.coreos.com/v1
            kind: ServiceMonitor
            metadata:
              name: web
            spec:
              endpoints: [{port: http}]
            """),
    ], new KubernetesVersion(1, 16));

    // Configuration files carry apiVersion and kind but no API serves them, so no schema is expected: their
    // fields are not checked either (no KL1001–KL1005). A custom resource without its CRD is still reported.
    [Fact]
    public Task Does_not_fire_on_configuration_files_but_does_on_a_custom_resource() => ApiRuleVerifier<KL1010UnknownKindAnalyzer>.VerifyWithAsync([("manifest.yaml", """
        apiVersion: v1
        kind: Policy
        predicates: [{name: PodFitsResources}]
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        nodeRegistration: {criSocket: "unix:///run/containerd/containerd.sock"}
        ---
        apiVersion: kubelet.config.k8s.io/v1beta1
        kind: KubeletConfiguration
        clusterDNS: [10.96.0.10]
        ---
        apiVersion: kustomize.config.k8s.io/v1alpha1
        kind: Component
        resources: [extra.yaml]
        ---
        apiVersion: apiserver.config.k8s.io/v1
        kind: EncryptionConfiguration
        resources:
        - resources: [secrets]
          providers: [{identity: {}}]
        ---
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules: [{level: Metadata}]
        ---
        apiVersion: eventratelimit.admission.k8s.io/v1alpha1
        kind: Configuration
        limits: [{type: Server, qps: 50, burst: 100}]
        ---
        apiVersion: client.authentication.k8s.io/v1
        kind: ExecCredential
        status: {token: "t"}
        ---
        apiVersion: kind.x-k8s.io/v1alpha4
        kind: Cluster
        nodes: [{role: control-plane}]
        ---
        apiVersion: example.com/v1
        kind: [|Widget|]
        metadata: {name: w}
        spec: {size: 3}
        """)], new KubernetesVersion(1, 36), null, new KL0004MissingNameAnalyzer(), new KL1001FieldNotInTargetVersionAnalyzer(), new KL1002UnknownFieldAnalyzer(), new KL1003WrongValueTypeAnalyzer(), new KL1005RequiredFieldMissingAnalyzer());

    [Fact]
    public Task Does_not_fire_on_built_in_kinds() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: team
        """, new KubernetesVersion(1, 5));
}
