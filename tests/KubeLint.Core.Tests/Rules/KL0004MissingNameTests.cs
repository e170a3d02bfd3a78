using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Input.KL0004MissingNameAnalyzer>;

namespace KubeLint.Core.Tests.Rules;

public class KL0004MissingNameTests
{
    [Fact]
    public Task Fires_at_metadata_without_name() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMap
        {|#0:metadata|}:
          labels:
            app: web
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("this ConfigMap has no metadata.name (nor metadata.generateName); the apiserver rejects it"));

    [Fact]
    public Task Fires_at_kind_when_metadata_is_missing() => Verify.VerifyAsync("""
        apiVersion: v1
        [|kind|]: ConfigMap
        data: {}
        """);

    [Fact]
    public Task Fires_for_an_empty_name_and_in_list_items() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: ConfigMap
          [|metadata|]:
            name:
        """);

    // Files read by a component (kube-scheduler, kubeadm, kustomize, kubectl) are never applied and have no
    // name; the unnamed ConfigMap beside them is still an API object.
    [Fact]
    public async Task Does_not_fire_on_configuration_files_but_does_on_the_api_object_beside_them()
    {
        const string manifest = """
        apiVersion: v1
        kind: Policy
        predicates:
        - name: PodFitsHostPorts
        priorities:
        - {name: LeastRequestedPriority, weight: 1}
        ---
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          serviceSubnet: 10.96.0.0/12
        ---
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources: [deployment.yaml]
        ---
        apiVersion: v1
        kind: Config
        clusters:
        - name: dev
          cluster: {server: "https://192.0.2.1:6443"}
        current-context: dev
        ---
        apiVersion: v1
        kind: ConfigMap
        [|metadata|]:
          labels: {app: web}
        data: {mode: fast}
        """;
        await Verify.VerifyAsync(new AnalyzerTest { Sources = { ("manifest.yaml", manifest) }, TargetVersion = new KubernetesVersion(1, 36) });
        await AnalyzerVerifier<KubeLint.Core.Rules.Api.KL1010UnknownKindAnalyzer>.VerifyAsync(new AnalyzerTest { Sources = { ("manifest.yaml", manifest.Replace("[|metadata|]", "metadata", StringComparison.Ordinal)) }, TargetVersion = new KubernetesVersion(1, 36) });
    }

    [Fact]
    public Task Does_not_fire_with_a_name_or_generate_name() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          generateName: migrate-
        """);
}
