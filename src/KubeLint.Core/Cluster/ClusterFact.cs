using KubeLint.Core.Diagnostics;
using KubeLint.Core.Text;

namespace KubeLint.Core.Cluster;

/// <summary>One fact about the cluster and where it came from, so findings can point at it.</summary>
/// <param name="Value">The parsed value.</param>
/// <param name="Origin">For messages: a flag name, <c>file(line,col)</c>, or "Kubernetes' default".</param>
/// <param name="Location">The value's span in its file; null for command-line flags and defaults.</param>
internal sealed record ClusterFact<T>(T Value, string Origin, Location? Location)
{
    /// <summary>Where a finding about this fact goes: the fact itself, else the command line.</summary>
    public Location ReportLocation => Location ?? ClusterFacts.CommandLine;
}

/// <summary>Names of the facts, as the apiserver and kubelet flags spell them.</summary>
internal static class ClusterFacts
{
    public const string ServiceClusterIpRange = "service-cluster-ip-range";
    public const string ServiceNodePortRange = "service-node-port-range";
    public const string ClusterDns = "cluster-dns";
    public const string ClusterDomain = "cluster-domain";
    public const string KubernetesVersion = "kubernetes-version";

    /// <summary>What serves LoadBalancer Services: <c>none</c>, <c>cloud</c>, <c>metallb</c> …; no flag of its own.</summary>
    public const string LoadBalancer = "load-balancer";

    /// <summary>The apiserver's, controller-manager's and kubelet's cloud flags: set, a cloud integration serves load balancers.</summary>
    public const string CloudProvider = "cloud-provider";
    public const string CloudConfig = "cloud-config";

    /// <summary>The value of <see cref="LoadBalancer"/> that says no integration serves them.</summary>
    public const string NoLoadBalancer = "none";

    public static readonly IReadOnlyList<string> FlagNames = [ServiceClusterIpRange, ServiceNodePortRange, ClusterDns, ClusterDomain];

    /// <summary>The flags read from command lines in cluster files: <see cref="FlagNames"/> and the cloud flags.</summary>
    public static readonly IReadOnlyList<string> ScannedFlags = [.. FlagNames, CloudProvider, CloudConfig];

    /// <summary>Whether a flag takes a comma-separated list (a single value is a list of one).</summary>
    public static bool IsList(string name) => name is not (ClusterDomain or CloudProvider or CloudConfig or LoadBalancer);

    /// <summary>Where findings about facts given as command-line flags are reported.</summary>
    public static readonly Location CommandLine = new("<command line>", "<command line>", SourceSpan.At(SourcePosition.Start));
}
