using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules;

public class KL0004MissingNameTests
{
    [Fact]
    public void Fires_at_metadata_without_name() => RuleVerifier.Verify("KL0004", """
        apiVersion: v1
        kind: ConfigMap
        [|metadata|]:
          labels:
            app: web
        """);

    [Fact]
    public void Fires_at_kind_when_metadata_is_missing() => RuleVerifier.Verify("KL0004", """
        apiVersion: v1
        [|kind|]: ConfigMap
        data: {}
        """);

    [Fact]
    public void Fires_for_an_empty_name_and_in_list_items() => RuleVerifier.Verify("KL0004", """
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
    public void Does_not_fire_on_configuration_files_but_does_on_the_api_object_beside_them() => RuleVerifier.Verify(["KL0004", "KL1010"], [("manifest.yaml", """
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
        """)], new KubernetesVersion(1, 36));

    [Fact]
    public void Does_not_fire_with_a_name_or_generate_name() => RuleVerifier.Verify("KL0004", """
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
