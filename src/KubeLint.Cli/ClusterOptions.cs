using System.CommandLine;
using KubeLint.Core.Cluster;
using KubeLint.Core.Engine;

namespace KubeLint.Cli;

/// <summary>The cluster flags of <c>kubelint lint</c>: checked here (malformed → exit 2) and passed
/// to the engine as <see cref="ClusterProperties"/>.</summary>
internal static class ClusterOptions
{
    private const string ServiceRange = "--service-cluster-ip-range";
    private const string NodePortRangeFlag = "--service-node-port-range";
    private const string ClusterDns = "--cluster-dns";
    private const string ClusterDomain = "--cluster-domain";
    private const string ClusterConfig = "--cluster-config";

    /// <summary>Adds the flags to <c>lint</c>; kept here so that the command's own option list stays short.</summary>
    public static void AddTo(Command command)
    {
        command.Options.Add(new Option<string?>(ServiceRange) { Description = "The cluster's service CIDR(s), e.g. 10.96.0.0/12 or 10.96.0.0/12,fd00:10:96::/112" });
        command.Options.Add(new Option<string?>(NodePortRangeFlag) { Description = "The cluster's node port range, A-B or A+N (default 30000-32767)" });
        command.Options.Add(new Option<string?>(ClusterDns) { Description = "The kubelet's cluster DNS address(es), comma-separated" });
        command.Options.Add(new Option<string?>(ClusterDomain) { Description = "The kubelet's cluster domain, e.g. cluster.local" });
        command.Options.Add(new Option<string[]>(ClusterConfig) { Description = "A file the cluster facts are read from (repeatable): /etc/kubernetes/apiserver or kubelet, a systemd unit, a kubeadm or kubelet configuration, a kube-apiserver static pod" });
    }

    /// <summary>The properties to pass on, or null after printing why a flag is malformed.</summary>
    public static Dictionary<string, string>? Read(ParseResult parse, TextWriter stderr)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        Dictionary<string, string>? Fail(string message)
        {
            stderr.WriteLine($"kubelint: {message}");
            return null;
        }

        if (parse.GetValue<string?>(ServiceRange) is { } cidrs)
        {
            var parts = cidrs.Split(',', StringSplitOptions.TrimEntries);
            foreach (var part in parts)
            {
                if (!NetworkValues.TryParseCidr(part, out _, out var error))
                {
                    return Fail($"--service-cluster-ip-range: {error}");
                }
            }

            if (parts.Length > 2)
            {
                return Fail("--service-cluster-ip-range: at most two CIDRs, one IPv4 and one IPv6");
            }

            properties[ClusterProperties.For(ClusterFacts.ServiceClusterIpRange)] = cidrs;
        }

        if (parse.GetValue<string?>(NodePortRangeFlag) is { } range)
        {
            if (!NodePortRange.TryParse(range, out _, out var error))
            {
                return Fail($"--service-node-port-range: {error}");
            }

            properties[ClusterProperties.For(ClusterFacts.ServiceNodePortRange)] = range;
        }

        if (parse.GetValue<string?>(ClusterDns) is { } dns)
        {
            foreach (var part in dns.Split(',', StringSplitOptions.TrimEntries))
            {
                if (!NetworkValues.TryParseAddress(part, out _))
                {
                    return Fail($"--cluster-dns: '{part}' is not an IP address");
                }
            }

            properties[ClusterProperties.For(ClusterFacts.ClusterDns)] = dns;
        }

        if (parse.GetValue<string?>(ClusterDomain) is { } domain)
        {
            if (!NetworkValues.IsDnsName(domain))
            {
                return Fail($"--cluster-domain: '{domain}' is not a DNS name");
            }

            properties[ClusterProperties.For(ClusterFacts.ClusterDomain)] = domain;
        }

        var files = parse.GetValue<string[]>(ClusterConfig) ?? [];
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                return Fail($"--cluster-config: file not found: {file}");
            }

            if (Core.Loading.RegularFile.WhyUnreadable(Path.GetFullPath(file)) is { } why)
            {
                return Fail($"--cluster-config: cannot read {file}: {why}");
            }
        }

        if (files.Length > 0)
        {
            properties[ClusterProperties.ConfigFiles] = string.Join('\n', files.Select(Path.GetFullPath));
        }

        return properties;
    }

    /// <summary>For <c>--verbose</c>: each fact and where it came from, and which are missing.</summary>
    public static void WriteVerbose(TextWriter stderr, LintResult result)
    {
        var profile = result.Cluster;
        foreach (var source in profile.Sources)
        {
            stderr.WriteLine($"  cluster config: {source}");
        }

        if (profile.ServiceCidrs.Count > 0)
        {
            stderr.WriteLine($"  service CIDR: {profile.DescribeServiceCidrs()}");
        }

        stderr.WriteLine($"  node port range: {profile.NodePortRange.Value} (from {profile.NodePortRange.Origin})");
        if (profile.ClusterDns.Count > 0)
        {
            stderr.WriteLine($"  cluster DNS: {string.Join(", ", profile.ClusterDns.Select(d => $"{d.Value} (from {d.Origin})"))}");
        }

        if (profile.ClusterDomain is { } clusterDomain)
        {
            stderr.WriteLine($"  cluster domain: {clusterDomain.Value} (from {clusterDomain.Origin})");
        }

        if (profile.KubernetesVersion is { } version)
        {
            stderr.WriteLine($"  cluster Kubernetes version: {version.Value} (from {version.Origin})");
        }

        var missing = profile.MissingFacts.ToList();
        if (missing.Count > 0)
        {
            stderr.WriteLine($"  cluster facts missing: {string.Join(", ", missing)} (rules that need them did not run; see --cluster-config)");
        }
    }
}
