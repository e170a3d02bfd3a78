using KubeLint.Core.Cluster;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Network.KL2006ClusterDnsOutsideServiceCidrAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2006ClusterDnsOutsideServiceCidrTests
{
    private const string Input = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n";

    [Fact]
    public Task Fires_at_the_kubelet_flag() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("in.yaml", Input) },
        ClusterFiles =
        {
            ("apiserver", "KUBE_SERVICE_ADDRESSES=\"--service-cluster-ip-range=10.254.0.0/16\"\n"),
            ("kubelet", "KUBELET_ARGS=\"--cluster-dns={|#0:10.253.0.10|},10.254.0.10 --cluster-domain=cluster.local\"\n"),
        },
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithMessage("cluster DNS address 10.253.0.10 (kubelet(1,29)) is outside the service CIDR 10.254.0.0/16 (from apiserver(1,52)); pods would send DNS queries to an address no Service can have") },
    });

    [Fact]
    public Task Fires_at_a_kubelet_configuration_among_the_inputs() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("kubelet.yaml", """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            clusterDNS:
            - [|169.254.20.10|]
            """) },
        ClusterFacts = { [ClusterFacts.ServiceClusterIpRange] = "10.96.0.0/12" },
    });

    [Fact]
    public Task Does_not_fire_inside_the_range_or_without_a_range() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("in.yaml", Input) },
        ClusterFiles = { ("kubelet", "KUBELET_ARGS=\"--cluster-dns=10.253.0.10\"\n") },
    });
}
