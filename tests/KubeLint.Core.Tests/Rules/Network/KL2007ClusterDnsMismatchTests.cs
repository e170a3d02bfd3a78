using KubeLint.Core.Cluster;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Network.KL2007ClusterDnsMismatchAnalyzer>;

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
    public Task Fires_at_the_dns_service_cluster_ip() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("coredns.yaml", CoreDns.Replace("CLUSTER_IP", "{|#0:10.96.0.53|}")) },
        ClusterFacts = { [ClusterFacts.ServiceClusterIpRange] = "10.96.0.0/12", [ClusterFacts.ClusterDns] = "10.96.0.10" },
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithMessage("clusterIP 10.96.0.53 of the cluster DNS Service Service/coredns is not the kubelet's cluster DNS address 10.96.0.10 (--cluster-dns); pods would query an address nothing answers") },
    });

    [Fact]
    public void Names_the_kubelet_setting_as_related_location()
    {
        using var folder = new TempFolder();
        var result = ClusterRun.Lint(folder, new ClusterRun.Setup
        {
            Inputs = [("dns.yaml", CoreDns.Replace("name: coredns", "name: dns").Replace("namespace: kube-system", "labels:\n    k8s-app: kube-dns").Replace("CLUSTER_IP", "10.96.0.53"))],
            ClusterFiles = [("kubelet", "KUBELET_ARGS=\"--cluster-dns=10.96.0.10\"\n")],
        });
        var finding = Assert.Single(result.Diagnostics, d => d.Id == "KL2007");

        Assert.Equal(("dns.yaml", 8, 14), (finding.Location.Path, finding.Location.Start.Line, finding.Location.Start.Column));
        Assert.Equal(("kubelet", 1, 29), (finding.AdditionalLocations[0].Path, finding.AdditionalLocations[0].Start.Line, finding.AdditionalLocations[0].Start.Column));
    }

    [Fact]
    public Task Does_not_fire_when_they_match_or_for_other_services() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("coredns.yaml", CoreDns.Replace("CLUSTER_IP", "10.96.0.10")), ("web.yaml", CoreDns.Replace("coredns", "web").Replace("CLUSTER_IP", "10.96.0.11")) },
        ClusterFacts = { [ClusterFacts.ClusterDns] = "10.96.0.10" },
    });
}
