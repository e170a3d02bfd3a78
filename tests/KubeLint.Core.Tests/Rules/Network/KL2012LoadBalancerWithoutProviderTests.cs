using KubeLint.Core.Rules.Engine;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Network.KL2012LoadBalancerWithoutProviderAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Network;

/// <summary>KL2012: a LoadBalancer Service where the cluster profile says nothing provisions load
/// balancers. The service controller that does (k8s.io/cloud-provider controllers/service, run by the
/// cloud controller manager or an in-tree cloud provider) exists only with a cloud provider; without
/// one the Service keeps an empty status.loadBalancer, which kubectl shows as &lt;pending&gt;.</summary>
public class KL2012LoadBalancerWithoutProviderTests
{
    private static string Service(string type) => $$"""
        apiVersion: v1
        kind: Service
        metadata: {name: wordpress}
        spec:
          type: {{type}}
          ports: [{port: 80}]
          selector: {app: wordpress}

        """;

    [Fact]
    public Task Fires_at_the_type_when_the_cluster_has_none() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("lb.yaml", Service("{|#0:LoadBalancer|}")), ("np.yaml", Service("NodePort")) },
        Configuration = "cluster:\n  loadBalancer: none\n",
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithMessage("Service/wordpress is of type LoadBalancer, but the cluster has no load-balancer integration (loadBalancer: none, .kubelint.yaml(2,17)): its external IP will stay <pending>; use type NodePort, or an ingress controller in front of a ClusterIP Service") },
    });

    [Theory]
    [InlineData("cluster:\n  loadBalancer: metallb\n")]
    [InlineData("cluster:\n  loadBalancer: cloud\n")]
    [InlineData("cluster:\n  clusterDomain: cluster.local\n")]
    [InlineData(null)]
    public Task Is_silent_when_an_integration_is_there_or_unknown(string? config) => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("lb.yaml", Service("LoadBalancer")) },
        Configuration = config,
    });

    [Theory]
    [InlineData("controller-manager", "KUBE_CONTROLLER_MANAGER_ARGS=\"--cloud-provider=external\"\n")]
    [InlineData("kubelet", "KUBELET_ARGS=\"--cloud-provider=aws --cloud-config=/etc/aws.conf\"\n")]
    [InlineData("kubeadm.yaml", "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\ncontrollerManager:\n  extraArgs:\n    cloud-provider: gce\n")]
    public Task A_cloud_provider_in_the_cluster_files_beats_the_configuration(string path, string text) => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("lb.yaml", Service("LoadBalancer")) },
        ClusterFiles = { (path, text) },
        Configuration = "cluster:\n  loadBalancer: none\n",
    });

    [Fact]
    public void The_profile_learns_the_integration_from_its_sources()
    {
        using var folder = new TempFolder();
        var metallb = "apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata: {name: pool, namespace: metallb-system}\nspec:\n  addresses: [192.168.10.0/24]\n";
        var ccm = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: ccm, namespace: kube-system}\nspec:\n  selector: {matchLabels: {app: ccm}}\n  template:\n    metadata: {labels: {app: ccm}}\n    spec:\n      containers:\n      - name: ccm\n        image: registry.k8s.io/cloud-provider-aws/cloud-controller-manager:v1.30.0\n";
        Assert.Equal("metallb", ClusterRun.Profile(ClusterRun.Lint(folder, new ClusterRun.Setup { Inputs = [("pool.yaml", metallb)] })).LoadBalancer?.Value);
        Assert.Equal("cloud", ClusterRun.Profile(ClusterRun.Lint(folder, new ClusterRun.Setup { Inputs = [("ccm.yaml", ccm)] })).LoadBalancer?.Value);
        var fromFile = ClusterRun.Profile(ClusterRun.Lint(folder, new ClusterRun.Setup { ClusterFiles = [("cm", "ARGS=\"--cloud-provider=openstack\"\n")] })).LoadBalancer;
        Assert.Equal("cloud", fromFile?.Value);
        Assert.Equal("--cloud-provider=openstack in cm(1,24)", fromFile?.Origin);
        Assert.Null(ClusterRun.Profile(ClusterRun.Lint(folder, new ClusterRun.Setup { ClusterFiles = [("kubelet", "KUBELET_ARGS=\"--cluster-domain=cluster.local\"\n")] })).LoadBalancer);
    }

    [Fact]
    public Task A_malformed_setting_is_a_configuration_issue() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("lb.yaml", Service("LoadBalancer")) },
        Configuration = "cluster:\n  loadBalancer: {|#0:[none]|}\n",
        AdditionalAnalyzers = { new KL9001ConfigurationAnalyzer() },
        ExpectedDiagnostics = { Verify.Diagnostic("KL9001").WithLocation(0).WithMessage("cluster.loadBalancer must be a string") },
    });
}
