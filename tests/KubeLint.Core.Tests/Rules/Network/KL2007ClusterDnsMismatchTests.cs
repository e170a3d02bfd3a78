using KubeLint.Core.Cluster;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2007ClusterDnsMismatchTests
{
    private const string CoreDns = """
        apiVersion: v1
        kind: Service
        metadata:
          name: coredns
          namespace: kube-system
        spec:
          clusterIP: CLUSTER_IP
          ports:
          - port: 53
            protocol: UDP
        """;

    [Fact]
    public void Fires_at_the_dns_service_cluster_ip() => ClusterVerifier.Verify(["KL2007"], new ClusterVerifier.Setup
    {
        Inputs = [("coredns.yaml", CoreDns.Replace("CLUSTER_IP", "[|10.96.0.53|]"))],
        Flags = { [ClusterFacts.ServiceClusterIpRange] = "10.96.0.0/12", [ClusterFacts.ClusterDns] = "10.96.0.10" },
    });

    [Fact]
    public void Names_the_kubelet_setting_as_related_location()
    {
        using var folder = new TempFolder();
        var result = ClusterVerifier.Lint(folder, new ClusterVerifier.Setup
        {
            Inputs = [("dns.yaml", CoreDns.Replace("name: coredns", "name: dns").Replace("namespace: kube-system", "labels:\n    k8s-app: kube-dns").Replace("CLUSTER_IP", "10.96.0.53"))],
            ClusterFiles = [("kubelet", "KUBELET_ARGS=\"--cluster-dns=10.96.0.10\"\n")],
        });
        var finding = Assert.Single(result.Diagnostics, d => d.Id == "KL2007");

        Assert.Equal(("dns.yaml", 8, 14), (finding.Location.Path, finding.Location.Start.Line, finding.Location.Start.Column));
        Assert.Equal(("kubelet", 1, 29), (finding.AdditionalLocations[0].Path, finding.AdditionalLocations[0].Start.Line, finding.AdditionalLocations[0].Start.Column));
    }

    [Fact]
    public void Does_not_fire_when_they_match_or_for_other_services() => ClusterVerifier.Verify(["KL2007"], new ClusterVerifier.Setup
    {
        Inputs = [("coredns.yaml", CoreDns.Replace("CLUSTER_IP", "10.96.0.10")), ("web.yaml", CoreDns.Replace("coredns", "web").Replace("CLUSTER_IP", "10.96.0.11"))],
        Flags = { [ClusterFacts.ClusterDns] = "10.96.0.10" },
    });
}
