using KubeLint.Core.Cluster;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Network.KL2008ClusterDomainAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2008ClusterDomainTests
{
    private const string KubeDns = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: kube-dns
          namespace: kube-system
        spec:
          selector:
            matchLabels:
              k8s-app: kube-dns
          template:
            metadata:
              labels:
                k8s-app: kube-dns
            spec:
              containers:
              - name: kubedns
                image: registry.k8s.io/dns/k8s-dns-kube-dns:1.26.7
                args:
                - --domain=DOMAIN
                - --dns-port=10053
        """;

    private const string Corefile = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: coredns
          namespace: kube-system
        data:
          Corefile: |
            .:53 {
                errors
                kubernetes ZONE in-addr.arpa ip6.arpa {
                   pods insecure
                }
                forward . /etc/resolv.conf
            }
        """;

    [Fact]
    public Task Fires_where_kube_dns_and_coredns_disagree_with_the_kubelet() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("kube-dns.yaml", KubeDns.Replace("DOMAIN", "{|#0:example.com.|}")), ("coredns.yaml", Corefile.Replace("ZONE", "[|cluster.lokal|]")) },
        ClusterFiles = { ("kubelet", "KUBELET_ARGS=\"--cluster-dns=10.254.254.1 --cluster-domain=cluster.local\"\n") },
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithMessage("kube-dns --domain 'example.com.' disagrees with the kubelet's cluster domain 'cluster.local' (kubelet(1,59))") },
    });

    [Fact]
    public Task Fires_for_a_domain_that_is_no_dns_name() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("kube-dns.yaml", KubeDns.Replace("DOMAIN", "[|cluster_local|]")) },
        ClusterFiles = { ("kubelet", "KUBELET_ARGS=\"--cluster-domain=[|-cluster.local|]\"\n") },
    });

    [Fact]
    public Task Does_not_fire_when_they_agree_up_to_the_trailing_dot_or_for_placeholders() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("kube-dns.yaml", KubeDns.Replace("DOMAIN", "Cluster.Local.")), ("coredns.yaml", Corefile.Replace("ZONE", "cluster.local")), ("template.yaml", KubeDns.Replace("DOMAIN", "$DNS_DOMAIN.").Replace("name: kube-dns\n", "name: template\n")) },
        ClusterFacts = { [ClusterFacts.ClusterDomain] = "cluster.local" },
    });
}
