using KubeLint.Core.Cluster;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2006ClusterDnsOutsideServiceCidrTests
{
    private const string Input = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n";

    [Fact]
    public void Fires_at_the_kubelet_flag() => ClusterVerifier.Verify(["KL2006"], new ClusterVerifier.Setup
    {
        Inputs = [("in.yaml", Input)],
        ClusterFiles =
        [
            ("apiserver", "KUBE_SERVICE_ADDRESSES=\"--service-cluster-ip-range=10.254.0.0/16\"\n"),
            ("kubelet", "KUBELET_ARGS=\"--cluster-dns=[|10.253.0.10|],10.254.0.10 --cluster-domain=cluster.local\"\n"),
        ],
    });

    [Fact]
    public void Fires_at_a_kubelet_configuration_among_the_inputs() => ClusterVerifier.Verify(["KL2006"], new ClusterVerifier.Setup
    {
        Inputs = [("kubelet.yaml", """
            apiVersion: kubelet.config.k8s.io/v1beta1
            kind: KubeletConfiguration
            clusterDNS:
            - [|169.254.20.10|]
            """)],
        Flags = { [ClusterFacts.ServiceClusterIpRange] = "10.96.0.0/12" },
    });

    [Fact]
    public void Does_not_fire_inside_the_range_or_without_a_range() => ClusterVerifier.Verify(["KL2006"], new ClusterVerifier.Setup
    {
        Inputs = [("in.yaml", Input)],
        ClusterFiles = [("kubelet", "KUBELET_ARGS=\"--cluster-dns=10.253.0.10\"\n")],
    });
}
