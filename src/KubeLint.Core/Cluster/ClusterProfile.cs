using System.Net;
using KubeLint.Core.Model;

namespace KubeLint.Core.Cluster;

/// <summary>
/// What the linted manifests will meet: the cluster's service CIDRs, node port range, DNS service
/// IPs and domain, each with where it came from. Built once per run from flags, <c>--cluster-config</c>
/// files, the <c>cluster:</c> section of <c>.kubelint.yaml</c> and kubeadm/kubelet documents among the
/// inputs, in that order of precedence (see <see cref="ClusterProfileBuilder"/>), by the engine's workspace stage
/// before analysis; rules read it as <c>ctx.Cluster</c>.
/// </summary>
internal sealed class ClusterProfile
{
    /// <summary>One per address family (two for a dual-stack cluster); empty when unknown.</summary>
    public required IReadOnlyList<ClusterFact<IPNetwork>> ServiceCidrs { get; init; }

    /// <summary>Always known: the apiserver's default when no source sets it.</summary>
    public required ClusterFact<NodePortRange> NodePortRange { get; init; }

    /// <summary>The kubelet's <c>--cluster-dns</c> addresses; empty when unknown.</summary>
    public required IReadOnlyList<ClusterFact<IPAddress>> ClusterDns { get; init; }

    public ClusterFact<string>? ClusterDomain { get; init; }

    public ClusterFact<KubernetesVersion>? KubernetesVersion { get; init; }

    /// <summary>What serves LoadBalancer Services (<see cref="ClusterFacts.NoLoadBalancer"/>: nothing); null when unknown.</summary>
    public ClusterFact<string>? LoadBalancer { get; init; }

    /// <summary>Whether the cluster is known to have no load-balancer integration.</summary>
    public bool HasNoLoadBalancer => string.Equals(LoadBalancer?.Value, ClusterFacts.NoLoadBalancer, StringComparison.OrdinalIgnoreCase);

    /// <summary>Values for template placeholders no fact fills, by name (<c>DNS_MEMORY_LIMIT</c> for
    /// <c>$DNS_MEMORY_LIMIT</c>), from <c>cluster.placeholders</c> in <c>.kubelint.yaml</c>.</summary>
    public IReadOnlyDictionary<string, ClusterFact<string>> Placeholders { get; init; } = new Dictionary<string, ClusterFact<string>>();

    /// <summary>The cluster-config files read, for <c>--verbose</c>.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Facts no source gave, by flag name: rules that need them do not run.</summary>
    public IEnumerable<string> MissingFacts
    {
        get
        {
            if (ServiceCidrs.Count == 0)
            {
                yield return ClusterFacts.ServiceClusterIpRange;
            }

            if (ClusterDns.Count == 0)
            {
                yield return ClusterFacts.ClusterDns;
            }

            if (ClusterDomain is null)
            {
                yield return ClusterFacts.ClusterDomain;
            }
        }
    }

    /// <summary>The service CIDR of an address's family, or null when the cluster has none for it.</summary>
    public ClusterFact<IPNetwork>? CidrFor(IPAddress address) =>
        ServiceCidrs.FirstOrDefault(c => c.Value.BaseAddress.AddressFamily == address.AddressFamily);

    /// <summary>Whether an address lies in one of the service CIDRs.</summary>
    public bool InServiceRange(IPAddress address) => ServiceCidrs.Any(c => c.Value.Contains(address));

    /// <summary>E.g. <c>10.254.0.0/16 (from cluster/apiserver(13,53))</c>.</summary>
    public string DescribeServiceCidrs() =>
        string.Join(" and ", ServiceCidrs.Select(c => $"{c.Value} (from {c.Origin})"));
}
