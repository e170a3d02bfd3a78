namespace KubeLint.Cli.Tests;

/// <summary>The cluster flags of <c>kubelint lint</c>: malformed values are usage errors (exit 2).</summary>
public sealed class ClusterFlagsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kubelint-cli-tests", Guid.NewGuid().ToString("N"));

    public ClusterFlagsTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "svc.yaml"), """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              type: NodePort
              clusterIP: 10.0.0.20
              ports:
              - port: 80
                nodePort: 30080
            """);
        File.WriteAllText(Path.Combine(_folder, "apiserver"), "KUBE_SERVICE_ADDRESSES=\"--service-cluster-ip-range=10.254.0.0/16\"\n");
    }

    [Theory]
    [InlineData("--service-cluster-ip-range", "10.254.0.0", "--service-cluster-ip-range: '10.254.0.0' is not a CIDR")]
    [InlineData("--service-cluster-ip-range", "10.0.0.0/8,10.1.0.0/16,fd00::/108", "at most two CIDRs")]
    [InlineData("--service-node-port-range", "32767-30000", "--service-node-port-range: '32767-30000' is not a port range")]
    [InlineData("--cluster-dns", "10.0.10", "--cluster-dns: '10.0.10' is not an IP address")]
    [InlineData("--cluster-domain", "cluster..local", "--cluster-domain: 'cluster..local' is not a DNS name")]
    [InlineData("--cluster-config", "no-such-file", "--cluster-config: file not found: no-such-file")]
    public void Malformed_flags_exit_with_2(string flag, string value, string message)
    {
        var (code, _, error) = Run("lint", Path.Combine(_folder, "svc.yaml"), flag, value);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Flags_reach_the_rules()
    {
        var (code, output, _) = Run("lint", Path.Combine(_folder, "svc.yaml"), "--service-cluster-ip-range", "10.0.0.0/24,fd00::/108", "--service-node-port-range", "31000+100", "--no-color");

        Assert.Equal(1, code);
        Assert.Contains("KL2001: nodePort 30080 is outside the node port range 31000-31100 (--service-node-port-range)", output);
        Assert.DoesNotContain("KL2004", output);
    }

    [Fact]
    public void Cluster_config_files_reach_the_rules_and_verbose_names_missing_facts()
    {
        var (code, output, error) = Run("lint", Path.Combine(_folder, "svc.yaml"), "--cluster-config", Path.Combine(_folder, "apiserver"), "--verbose", "--no-color");

        Assert.Equal(1, code);
        Assert.Contains("KL2004: clusterIP 10.0.0.20 is outside the service CIDR 10.254.0.0/16", output);
        Assert.Contains("service CIDR: 10.254.0.0/16 (from ", error);
        Assert.Contains("cluster facts missing: cluster-dns, cluster-domain", error);
    }

    [Fact]
    public void The_json_summary_lists_missing_facts()
    {
        var (_, output, _) = Run("lint", Path.Combine(_folder, "svc.yaml"), "--cluster-dns", "10.0.0.10", "--format", "json");

        Assert.Contains("\"missingClusterFacts\": [\n      \"service-cluster-ip-range\",\n      \"cluster-domain\"\n    ]", output.ReplaceLineEndings("\n"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    // Through CliRunner, in the temporary folder: the configuration and custom rules are found from the current
    // folder, which other tests set while they run.
    private (int Code, string Output, string Error) Run(params string[] args) => CliRunner.Run(_folder, args);
}
