using KubeLint.Core.Analysis;
using KubeLint.Core.Tests.Infrastructure;

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
          {|KL1001:priorityClassName|}: high
          containers: [{name: web, image: nginx}]
        """;

    [Fact]
    public void A_kubeadm_cluster_configuration_sets_the_target_when_nothing_else_does()
    {
        RuleVerifier.Verify(["KL1001"], [("cluster.yaml", Cluster), ("pod.yaml", Pod)]);

        using var folder = new TempFolder();
        folder.Write("cluster.yaml", Cluster);
        var result = RuleVerifier.Lint(folder.Path, ["cluster.yaml"]);
        Assert.Equal("1.5", result.Options.TargetVersion.ToString());
        Assert.Equal(TargetVersionSource.Kubeadm, result.Options.TargetVersionSource);
    }

    [Fact]
    public void An_explicit_version_wins_over_kubeadm() =>
        RuleVerifier.Verify(["KL1001"], [("cluster.yaml", Cluster), ("pod.yaml", Pod.Replace("{|KL1001:", string.Empty).Replace("|}", string.Empty))], new KubeLint.Core.Model.KubernetesVersion(1, 22));
}
