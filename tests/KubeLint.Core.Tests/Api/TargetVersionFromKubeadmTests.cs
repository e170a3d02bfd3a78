using KubeLint.Core.Analysis;
using KubeLint.Core.Model;
using KubeLint.Testing;
using FieldNotInTarget = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Api.KL1001FieldNotInTargetVersionAnalyzer>;

namespace KubeLint.Core.Tests.Api;

public class TargetVersionFromKubeadmTests
{
    private const string Cluster = """
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        kubernetesVersion: v1.5.2
        """;

    private const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          {|#0:priorityClassName|}: high
          containers: [{name: web, image: nginx}]
        """;

    [Fact]
    public void A_kubeadm_cluster_configuration_sets_the_target_when_nothing_else_does()
    {
        var result = FieldNotInTarget.Verify(new AnalyzerTest
        {
            Sources = { ("cluster.yaml", Cluster), ("pod.yaml", Pod) },
            ExpectedDiagnostics = { FieldNotInTarget.Diagnostic().WithLocation(0).WithMessage("spec.priorityClassName is not available in Kubernetes 1.5; it was added in 1.8") },
        });
        Assert.Equal("1.5", result.Options.TargetVersion.ToString());
        Assert.Equal(TargetVersionSource.Kubeadm, result.Options.TargetVersionSource);
    }

    [Fact]
    public Task An_explicit_version_wins_over_kubeadm() => FieldNotInTarget.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("cluster.yaml", Cluster), ("pod.yaml", Pod.Replace("{|#0:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal)) },
        TargetVersion = new KubernetesVersion(1, 22),
    });
}
