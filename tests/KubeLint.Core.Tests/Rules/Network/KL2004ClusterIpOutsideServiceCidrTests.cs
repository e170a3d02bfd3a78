using KubeLint.Core.Cluster;
using KubeLint.Core.Rules.Network;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Network.KL2004ClusterIpOutsideServiceCidrAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Network;

public class KL2004ClusterIpOutsideServiceCidrTests
{
    [Fact]
    public Task Fires_for_addresses_outside_a_dual_stack_range() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("svc.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          clusterIP: [|10.200.0.10|]
          clusterIPs:
          - 10.200.0.10
          - [|fd00:10:97::10|]
          ipFamilyPolicy: RequireDualStack
          ports:
          - port: 80
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: inside
        spec:
          clusterIP: 10.96.0.20
          clusterIPs: [10.96.0.20, "fd00:10:96::20"]
          ports:
          - port: 80
        """) },
        Configuration = """
        cluster:
          serviceClusterIPRange: 10.96.0.0/12,fd00:10:96::/112
        """,
    });

    [Fact]
    public Task Fires_for_an_ipv6_address_in_an_ipv4_only_cluster() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("svc.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          clusterIP: [|fd00::10|]
          ports:
          - port: 80
        """) },
        Configuration = "cluster:\n  serviceClusterIPRange: 10.96.0.0/12\n",
    });

    // KL2007 leaves a DNS Service outside the range to KL2004, so KL2004's message carries the kubelets' address.
    [Fact]
    public async Task At_the_cluster_dns_service_the_message_names_the_kubelets_address()
    {
        var setup = new ClusterRun.Setup
        {
            Inputs = [("dns.yaml", """
                apiVersion: v1
                kind: Service
                metadata:
                  name: kube-dns
                  namespace: kube-system
                spec:
                  clusterIP: [|10.0.0.10|]
                  ports:
                  - port: 53
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  clusterIP: [|10.0.0.11|]
                  ports:
                  - port: 80
                """)],
            ClusterFiles = [("kubelet", "KUBELET_ARGS=\"--cluster-dns=10.254.254.1\"\n")],
            Flags = { [ClusterFacts.ServiceClusterIpRange] = "10.254.0.0/16" },
        };
        AnalyzerTest Test(string dns)
        {
            var test = new AnalyzerTest { Sources = { ("dns.yaml", dns) }, ClusterFiles = { setup.ClusterFiles[0] } };
            test.ClusterFacts[ClusterFacts.ServiceClusterIpRange] = "10.254.0.0/16";
            return test;
        }

        await Verify.VerifyAsync(Test(setup.Inputs[0].Markup));

        // KL2007 stays silent: the Service outside the range is KL2004's.
        await AnalyzerVerifier<KL2007ClusterDnsMismatchAnalyzer>.VerifyAsync(Test(Markup.Parse(setup.Inputs[0].Markup).Text));

        using var folder = new TempFolder();
        var found = ClusterRun.Lint(folder, setup with { Inputs = [.. setup.Inputs.Select(f => (f.Path, Markup.Parse(f.Markup).Text))] })
            .Diagnostics.Where(d => d.Id == "KL2004").OrderBy(d => d.Location.Start.Line).ToList();
        Assert.Equal(
            [
                "clusterIP 10.0.0.10 is outside the service CIDR 10.254.0.0/16 (from --service-cluster-ip-range); the kubelets hand pods the cluster DNS address 10.254.254.1 (kubelet(1,29)): use it",
                "clusterIP 10.0.0.11 is outside the service CIDR 10.254.0.0/16 (from --service-cluster-ip-range)",
            ],
            found.Select(d => d.Message));
        Assert.Equal(["kubelet(1,29)"], found[0].AdditionalLocations.Select(l => l.ToString()));
    }

    [Fact]
    public Task Does_not_run_without_a_service_cidr_nor_for_none_and_empty() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("svc.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          clusterIP: 192.168.0.1
          ports:
          - port: 80
        """), ("headless.yaml", """
        apiVersion: v1
        kind: Service
        metadata:
          name: headless
        spec:
          clusterIP: None
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: auto
        spec:
          clusterIP: ""
        """) },
    });
}
