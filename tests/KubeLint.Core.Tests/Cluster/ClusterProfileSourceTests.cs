using System.Net;
using KubeLint.Core.Cluster;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Engine.KL9001ConfigurationAnalyzer>;

namespace KubeLint.Core.Tests.Cluster;

/// <summary>Each source format of the cluster profile, with the position every fact came from.</summary>
public class ClusterProfileSourceTests
{
    private const string EmptyInput = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n";

    [Fact]
    public void Reads_the_article_sysconfig_files()
    {
        using var folder = new TempFolder();
        var result = ClusterRun.Lint(folder, new ClusterRun.Setup
        {
            Inputs = [("in.yaml", EmptyInput)],
            ClusterFiles = [("apiserver", File.ReadAllText(RepoPaths.Sample("article/cluster/apiserver"))), ("kubelet", File.ReadAllText(RepoPaths.Sample("article/cluster/kubelet")))],
        });
        var profile = ClusterRun.Profile(result);

        var cidr = Assert.Single(profile.ServiceCidrs);
        Assert.Equal(IPNetwork.Parse("10.254.0.0/16"), cidr.Value);
        Assert.Equal("apiserver(14,52)", cidr.Origin);
        var dns = Assert.Single(profile.ClusterDns);
        Assert.Equal(IPAddress.Parse("10.254.254.1"), dns.Value);
        Assert.Equal("kubelet(14,29)", dns.Origin);
        Assert.Equal(new(14, 41), dns.Location!.End);
        Assert.Equal("cluster.local", profile.ClusterDomain!.Value);
        Assert.Equal("kubelet(14,59)", profile.ClusterDomain.Origin);
        Assert.Equal(NodePortRange.Default, profile.NodePortRange.Value);
        Assert.Empty(profile.MissingFacts);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KL9001");
    }

    [Fact]
    public void Reads_quotes_continuations_comments_and_flags_in_any_variable()
    {
        using var folder = new TempFolder();
        var result = ClusterRun.Lint(folder, new ClusterRun.Setup
        {
            Inputs = [("in.yaml", EmptyInput)],
            ClusterFiles = [("apiserver", """
                # /etc/kubernetes/apiserver
                KUBE_API_ADDRESS="--bind-address=0.0.0.0"
                #KUBE_SERVICE_ADDRESSES="--service-cluster-ip-range=10.0.0.0/24"
                KUBE_API_ARGS="--authorization-mode=Node,RBAC \
                  --service-node-port-range 20000+999 \
                  --enable-admission-plugins=NodeRestriction"   # trailing comment
                KUBE_SERVICE_ADDRESSES='--service-cluster-ip-range=172.30.0.0/16'
                export KUBE_EXTRA='--cluster-domain=example.internal'
                """)],
        });
        var profile = ClusterRun.Profile(result);

        Assert.Equal(new NodePortRange(20000, 20999), profile.NodePortRange.Value);
        Assert.Equal("apiserver(5,29)", profile.NodePortRange.Origin);
        var cidr = Assert.Single(profile.ServiceCidrs);
        Assert.Equal(IPNetwork.Parse("172.30.0.0/16"), cidr.Value);
        Assert.Equal("apiserver(7,52)", cidr.Origin);
        Assert.Equal("example.internal", profile.ClusterDomain!.Value);
        Assert.Equal("apiserver(8,37)", profile.ClusterDomain.Origin);
    }

    [Fact]
    public void Reads_files_with_windows_line_ends()
    {
        using var folder = new TempFolder();
        var kubelet = File.ReadAllText(RepoPaths.Sample("article/cluster/kubelet")).ReplaceLineEndings("\r\n");
        var result = ClusterRun.Lint(folder, new ClusterRun.Setup
        {
            Inputs = [("in.yaml", EmptyInput)],
            ClusterFiles = [("kubelet", kubelet + "KUBELET_EXTRA=\"--cluster-domain \\\r\n  other.local\"\r\n")],
        });
        var profile = ClusterRun.Profile(result);

        Assert.Equal("kubelet(14,29)", Assert.Single(profile.ClusterDns).Origin);
        Assert.Equal("cluster.local", profile.ClusterDomain!.Value);
    }

    [Fact]
    public void Reads_a_systemd_drop_in()
    {
        using var folder = new TempFolder();
        var result = ClusterRun.Lint(folder, new ClusterRun.Setup
        {
            Inputs = [("in.yaml", EmptyInput)],
            ClusterFiles = [("10-kubeadm.conf", """
                [Service]
                Environment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"
                Environment="KUBELET_DNS_ARGS=--cluster-dns=10.96.0.10,fd00:10:96::a"
                ExecStart=
                ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_DNS_ARGS \
                    --cluster-domain=cluster.local
                """)],
        });
        var profile = ClusterRun.Profile(result);

        Assert.Equal(["10.96.0.10", "fd00:10:96::a"], profile.ClusterDns.Select(d => d.Value.ToString()));
        Assert.Equal(["10-kubeadm.conf(3,45)", "10-kubeadm.conf(3,56)"], profile.ClusterDns.Select(d => d.Origin));
        Assert.Equal("10-kubeadm.conf(6,22)", profile.ClusterDomain!.Origin);
        Assert.Contains(ClusterFacts.ServiceClusterIpRange, profile.MissingFacts);
    }

    [Fact]
    public void Reads_a_kube_apiserver_static_pod_with_dual_stack_and_a_plus_range()
    {
        using var folder = new TempFolder();
        var result = ClusterRun.Lint(folder, new ClusterRun.Setup
        {
            Inputs = [("in.yaml", EmptyInput)],
            ClusterFiles = [("kube-apiserver.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: kube-apiserver
                  namespace: kube-system
                spec:
                  hostNetwork: true
                  containers:
                  - name: kube-apiserver
                    image: registry.k8s.io/kube-apiserver:v1.30.2
                    command:
                    - kube-apiserver
                    - --advertise-address=192.168.1.10
                    - --service-cluster-ip-range=10.96.0.0/16,fd00:10:96::/112
                    - --service-node-port-range=31000+500
                """)],
        });
        var profile = ClusterRun.Profile(result);

        Assert.Equal(["10.96.0.0/16", "fd00:10:96::/112"], profile.ServiceCidrs.Select(c => c.Value.ToString()));
        Assert.Equal(["kube-apiserver.yaml(14,34)", "kube-apiserver.yaml(14,47)"], profile.ServiceCidrs.Select(c => c.Origin));
        Assert.Equal(new NodePortRange(31000, 31500), profile.NodePortRange.Value);
        Assert.True(profile.InServiceRange(IPAddress.Parse("fd00:10:96::1234")));
        Assert.False(profile.InServiceRange(IPAddress.Parse("fd00:10:97::1")));
    }

    [Fact]
    public void Reads_kubeadm_cluster_and_kubelet_configurations()
    {
        using var folder = new TempFolder();
        var result = ClusterRun.Lint(folder, new ClusterRun.Setup
        {
            Inputs = [("in.yaml", EmptyInput)],
            ClusterFiles = [("kubeadm.yaml", """
                apiVersion: kubeadm.k8s.io/v1beta4
                kind: ClusterConfiguration
                kubernetesVersion: v1.31.1
                networking:
                  serviceSubnet: "fd00:1234::/108"
                  dnsDomain: k8s.example
                apiServer:
                  extraArgs:
                  - name: service-node-port-range
                    value: "30000-30999"
                ---
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                clusterDNS:
                - fd00:1234::a
                clusterDomain: k8s.example
                """)],
        });
        var profile = ClusterRun.Profile(result);

        Assert.Equal("fd00:1234::/108", Assert.Single(profile.ServiceCidrs).Value.ToString());
        Assert.Equal("kubeadm.yaml(5,19)", profile.ServiceCidrs[0].Origin);
        Assert.Equal(new NodePortRange(30000, 30999), profile.NodePortRange.Value);
        Assert.Equal("kubeadm.yaml(10,13)", profile.NodePortRange.Origin);
        Assert.Equal("kubeadm.yaml(15,3)", Assert.Single(profile.ClusterDns).Origin);
        Assert.Equal("k8s.example", profile.ClusterDomain!.Value);
        Assert.Equal("kubeadm.yaml(6,14)", profile.ClusterDomain.Origin);
        Assert.Equal(new KubeLint.Core.Model.KubernetesVersion(1, 31), profile.KubernetesVersion!.Value);
    }

    [Fact]
    public void Kubeadm_defaults_apply_when_the_cluster_configuration_names_no_subnet()
    {
        using var folder = new TempFolder();
        var result = ClusterRun.Lint(folder, new ClusterRun.Setup
        {
            Inputs = [("in.yaml", EmptyInput)],
            ClusterFiles = [("kubeadm.yaml", """
                apiVersion: kubeadm.k8s.io/v1beta3
                kind: ClusterConfiguration
                apiServer:
                  extraArgs:
                    service-node-port-range: 30000-31000
                """)],
        });
        var profile = ClusterRun.Profile(result);

        Assert.Equal("10.96.0.0/12", Assert.Single(profile.ServiceCidrs).Value.ToString());
        Assert.Null(profile.ServiceCidrs[0].Location);
        Assert.Equal("cluster.local", profile.ClusterDomain!.Value);
        Assert.Equal(new NodePortRange(30000, 31000), profile.NodePortRange.Value);
    }

    [Fact]
    public void Reads_the_cluster_section_of_kubelint_yaml_and_kubelet_documents_among_the_inputs()
    {
        using var folder = new TempFolder();
        var result = ClusterRun.Lint(folder, new ClusterRun.Setup
        {
            Inputs = [("kubelet-config.yaml", """
                apiVersion: kubelet.config.k8s.io/v1beta1
                kind: KubeletConfiguration
                clusterDNS: [10.32.0.10]
                clusterDomain: from.inputs
                """)],
            Config = """
                cluster:
                  serviceClusterIPRange: [10.32.0.0/20, "fd00::/108"]
                  clusterDomain: from.config
                """,
        });
        var profile = ClusterRun.Profile(result);

        Assert.Equal([".kubelint.yaml(2,27)", ".kubelint.yaml(2,41)"], profile.ServiceCidrs.Select(c => c.Origin));
        Assert.Equal("from.config", profile.ClusterDomain!.Value);
        Assert.Equal("kubelet-config.yaml(3,14)", Assert.Single(profile.ClusterDns).Origin);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KL9001");
    }

    [Fact]
    public void Flags_come_before_files()
    {
        using var folder = new TempFolder();
        var result = ClusterRun.Lint(folder, new ClusterRun.Setup
        {
            Inputs = [("in.yaml", EmptyInput)],
            ClusterFiles = [("kubelet", "KUBELET_ARGS=\"--cluster-dns=10.254.254.1\"\n")],
            Flags = { [ClusterFacts.ClusterDns] = "10.0.0.10", [ClusterFacts.ServiceNodePortRange] = "30000-30100" },
        });
        var profile = ClusterRun.Profile(result);

        var dns = Assert.Single(profile.ClusterDns);
        Assert.Equal("10.0.0.10", dns.Value.ToString());
        Assert.Equal("--cluster-dns", dns.Origin);
        Assert.Null(dns.Location);
        Assert.Equal("--service-node-port-range", profile.NodePortRange.Origin);
    }

    [Fact]
    public Task Malformed_values_are_KL9001_at_their_spot_and_the_next_source_is_used() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("in.yaml", EmptyInput) },
        ClusterFiles = { ("apiserver", """
            KUBE_SERVICE_ADDRESSES="--service-cluster-ip-range={|#0:10.254.0.0/33|}"
            KUBE_API_ARGS="--service-node-port-range={|#1:32767-30000|} --cluster-dns={|#2:10.254.1|}"
            """) },
        Configuration = """
            cluster:
              serviceClusterIPRange: {|#3:10.254.0.0|}
              {|#4:podCIDR|}: 10.0.0.0/8
            """,
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithLocation(0).WithMessage("service-cluster-ip-range: '10.254.0.0/33' is not a CIDR: the prefix length is out of range"),
            Verify.Diagnostic().WithLocation(1).WithMessage("service-node-port-range: '32767-30000' is not a port range: 30000 is below 32767"),
            Verify.Diagnostic().WithLocation(2).WithMessage("cluster-dns: '10.254.1' is not an IP address"),
            Verify.Diagnostic().WithLocation(3).WithMessage("service-cluster-ip-range: '10.254.0.0' is not a CIDR (address/prefix, e.g. 10.96.0.0/12)"),
            Verify.Diagnostic().WithLocation(4).WithMessage("unknown key 'podCIDR' in cluster: (known: serviceClusterIPRange, serviceNodePortRange, clusterDNS, clusterDomain, kubernetesVersion, loadBalancer, configFiles, placeholders)"),
        },
    });

    [Fact]
    public void Reads_placeholder_values_with_their_positions()
    {
        using var folder = new TempFolder();
        var result = ClusterRun.Lint(folder, new ClusterRun.Setup
        {
            Inputs = [("in.yaml", EmptyInput)],
            Config = "cluster:\n  placeholders:\n    DNS_MEMORY_LIMIT: 170Mi\n    \"__PILLAR__DNS__SERVER__\": '10.0.0.10'\n",
        });
        var profile = ClusterRun.Profile(result);

        Assert.Equal(["DNS_MEMORY_LIMIT 170Mi .kubelint.yaml(3,23)", "__PILLAR__DNS__SERVER__ 10.0.0.10 .kubelint.yaml(4,32)"],
            profile.Placeholders.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.Value} {p.Value.Origin}"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KL9001");
    }

    [Fact]
    public Task Bad_placeholder_values_are_KL9001_at_their_spot() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("in.yaml", EmptyInput) },
        Configuration = """
            cluster:
              placeholders:
                {|#0:$DNS_DOMAIN|}: cluster.local
                DNS_MEMORY_LIMIT: {|#1:170 Mi|}
                DNS_SERVER_IP: {|#2:[10.0.0.10]|}
                DNS_REPLICAS: 2
            """,
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithLocation(0).WithMessage("cluster.placeholders: write the placeholder's bare name ('DNS_MEMORY_LIMIT' for $DNS_MEMORY_LIMIT or ${DNS_MEMORY_LIMIT}), not '$DNS_DOMAIN'"),
            Verify.Diagnostic().WithLocation(1).WithMessage("cluster.placeholders.DNS_MEMORY_LIMIT: '170 Mi' cannot be filled in as it is; a value takes letters, digits and . _ / + : = -"),
            Verify.Diagnostic().WithLocation(2).WithMessage("cluster.placeholders.DNS_SERVER_IP must be a string"),
        },
    });

    [Fact]
    public Task Placeholders_that_are_no_mapping_are_KL9001() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("in.yaml", EmptyInput) },
        Configuration = "cluster:\n  placeholders: {|#0:DNS_MEMORY_LIMIT=170Mi|}\n",
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithLocation(0).WithMessage("cluster.placeholders must be a mapping of placeholder names to values, e.g. DNS_MEMORY_LIMIT: 170Mi"),
        },
    });

    [Fact]
    public Task An_unrecognised_file_is_KL9001_at_its_start() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("in.yaml", EmptyInput) },
        ClusterFiles = { ("notes.txt", "{|#0:|}just some notes\nabout the cluster\n") },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithLocation(0).WithMessage("'notes.txt' is no cluster configuration KubeLint knows: an environment file (KEY=\"--flag=value\"), a systemd unit, a kubeadm ClusterConfiguration, a KubeletConfiguration or a kube-apiserver static pod"),
        },
    });

    [Fact]
    public void Reads_config_files_named_in_kubelint_yaml_relative_to_it()
    {
        using var folder = new TempFolder();
        folder.Write("cluster/kubelet", File.ReadAllText(RepoPaths.Sample("article/cluster/kubelet")));
        var result = ClusterRun.Lint(folder, new ClusterRun.Setup
        {
            Inputs = [("in.yaml", EmptyInput)],
            Config = "cluster:\n  configFiles: [cluster/kubelet]\n",
        });

        Assert.Equal("cluster/kubelet(14,29)", Assert.Single(ClusterRun.Profile(result).ClusterDns).Origin);
    }

    [Fact]
    public Task A_yaml_file_without_cluster_settings_or_that_does_not_parse_is_KL9001() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("in.yaml", EmptyInput) },
        ClusterFiles =
        {
            ("deploy.yaml", "{|#0:apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web|}\n"),
            // The parser finds the mapping unclosed at the end of the file, and says so there.
            ("broken.yaml", "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking: {serviceSubnet: 10.96.0.0/12\n"),
        },
        Configuration = "cluster:\n  configFiles: [{|#1:missing/kubelet|}]\n",
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithLocation(0).WithMessage("'deploy.yaml' holds no kubeadm ClusterConfiguration, KubeletConfiguration or kube-apiserver static pod with cluster settings"),
            Verify.Diagnostic().WithSpan("broken.yaml", 4, 1, 4, 1).WithMessage("cluster configuration 'broken.yaml' does not parse as YAML: a ',' or the closing '}' is missing in this {...} mapping"),
            Verify.Diagnostic().WithLocation(1).WithMessage("cluster configuration 'missing/kubelet': cannot read this path: it does not exist (it was removed, or its name is not valid UTF-8)"),
        },
    });

    [Theory]
    [InlineData("10.254.1.0/16", "10.254.0.0/16")]
    [InlineData("fd00:10:96::/112", "fd00:10:96::/112")]
    public void Cidrs_parse_as_the_apiserver_reads_them(string text, string network)
    {
        Assert.True(NetworkValues.TryParseCidr(text, out var parsed, out _));
        Assert.Equal(network, parsed.ToString());
    }

    [Fact]
    public void Unknown_facts_are_listed_as_missing()
    {
        using var folder = new TempFolder();
        var profile = ClusterRun.Profile(ClusterRun.Lint(folder, new ClusterRun.Setup { Inputs = [("in.yaml", EmptyInput)] }));

        Assert.Equal([ClusterFacts.ServiceClusterIpRange, ClusterFacts.ClusterDns, ClusterFacts.ClusterDomain], profile.MissingFacts);
        Assert.Equal("Kubernetes' default", profile.NodePortRange.Origin);
    }
}
