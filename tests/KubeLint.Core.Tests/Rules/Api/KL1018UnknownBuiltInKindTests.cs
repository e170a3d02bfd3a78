using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1018UnknownBuiltInKindAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>A kind no built-in group/version has: refused by the REST mapping (apimachinery's
/// <c>pkg/api/meta/restmapper.go</c>: "no matches for kind"), and never added by a CRD, whose group must
/// hold a dot (<c>apiextensions/validation/validation.go: ValidateCustomResourceDefinitionSpec</c>).</summary>
public class KL1018UnknownBuiltInKindTests
{
    public static readonly TheoryData<int> Minors = [9, 16, 22, 36];

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Fires_on_a_kind_in_the_wrong_case_with_the_right_spelling(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: [|configmap|]
        metadata:
          name: cfg
        data: {a: b}
        """, new KubernetesVersion(1, minor),
        "kind: no matches for kind \"configmap\" in version \"v1\"; did you mean \"ConfigMap\"? Kinds are case-sensitive, and the core API group has no \"configmap\"");

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Fires_on_a_misspelt_kind_with_the_closest_kind_of_its_group(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: apps/v1
        kind: [|Deploymnet|]
        metadata:
          name: web
        spec: {}
        """, new KubernetesVersion(1, minor),
        "kind: no matches for kind \"Deploymnet\" in version \"apps/v1\"; did you mean \"Deployment\"? Kinds are case-sensitive, and the apps API group has no \"Deploymnet\"");

    [Fact]
    public Task Names_a_kind_of_another_group_when_its_own_has_none_close() => Verify.VerifyMessagesAsync("""
        apiVersion: batch/v1
        kind: [|Ingres|]
        metadata:
          name: web
        """, new KubernetesVersion(1, 36),
        "kind: no matches for kind \"Ingres\" in version \"batch/v1\"; did you mean \"Ingress\" (networking.k8s.io/v1)? The batch API group has no \"Ingres\"");

    [Fact]
    public Task Says_so_when_nothing_is_close() => Verify.VerifyMessagesAsync("""
        apiVersion: apps/v1
        kind: [|Frobnicator|]
        metadata:
          name: web
        """, new KubernetesVersion(1, 22),
        "kind: no matches for kind \"Frobnicator\" in version \"apps/v1\"; the apps API group has no such kind in any Kubernetes version from 1.5 to 1.36, and no CustomResourceDefinition can add one to it");

    [Fact]
    public Task Replaces_the_info_of_kl1010_for_built_in_groups_only() => ApiRuleVerifier<KL1018UnknownBuiltInKindAnalyzer>.VerifyWithAsync([("manifest.yaml", """
        apiVersion: v1
        kind: {|KL1018:Configmap|}
        metadata: {name: cfg}
        ---
        apiVersion: monitoring.coreos.com/v1
        kind: {|KL1010:ServiceMonitor|}
        metadata: {name: web}
        ---
        apiVersion: {|KL1006:apps/v1|}
        kind: Service
        metadata: {name: web}
        """)], new KubernetesVersion(1, 36), null, new KL1010UnknownKindAnalyzer(), new KL1006ApiNotServedAnalyzer());

    [Theory]
    [MemberData(nameof(Minors))]
    public Task Does_not_fire_on_the_right_kinds(int minor) => Verify.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: cfg}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        ---
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Service
          metadata: {name: web}
        ---
        apiVersion: kubelet.config.k8s.io/v1beta1
        kind: KubeletConfiguration
        clusterDNS: [10.96.0.10]
        """, new KubernetesVersion(1, minor));

    [Fact]
    public Task Does_not_fire_when_a_crd_among_the_inputs_defines_the_kind() => ApiRuleVerifier<KL1018UnknownBuiltInKindAnalyzer>.VerifyWithAsync([
        ("crd.yaml", """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: widgets.apps
            spec:
              group: apps
              names: {kind: Widget, plural: widgets}
              scope: Namespaced
              versions:
              - name: v1
                served: true
                storage: true
                schema:
                  openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
            """),
        ("widget.yaml", """
            apiVersion: apps/v1
            kind: Widget
            metadata: {name: w}
            """),
    ], new KubernetesVersion(1, 36), null, new KL1010UnknownKindAnalyzer());
}
