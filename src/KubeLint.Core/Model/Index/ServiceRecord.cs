using System.Net;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Rules.Network;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>
/// What the index keeps of a Service for the rules that compare Services or point at one: its ports as written,
/// whether it is headless, and the node ports and cluster IPs it claims, each with its place.
/// </summary>
internal sealed class ServiceRecord(
    IReadOnlyList<ServicePortRecord>? ports,
    Location? portsKey,
    bool isHeadless,
    Location clusterIpAnchor,
    bool allocatesNodePorts,
    IReadOnlyList<NodePortClaim> nodePorts,
    IReadOnlyList<ClusterIpClaim> clusterIps)
{
    /// <summary><c>spec.ports</c> when it is a sequence (its mappings), else null.</summary>
    public IReadOnlyList<ServicePortRecord>? Ports { get; } = ports;

    /// <summary>The <c>spec.ports</c> key, when there is one.</summary>
    public Location? PortsKey { get; } = portsKey;

    /// <summary><c>spec.clusterIP: None</c>.</summary>
    public bool IsHeadless { get; } = isHeadless;

    /// <summary>The <c>spec.clusterIP</c> key, else the object.</summary>
    public Location ClusterIpAnchor { get; } = clusterIpAnchor;

    /// <summary>A NodePort or LoadBalancer Service that is not headless.</summary>
    public bool AllocatesNodePorts { get; } = allocatesNodePorts;

    public IReadOnlyList<NodePortClaim> NodePorts { get; } = nodePorts;

    public IReadOnlyList<ClusterIpClaim> ClusterIps { get; } = clusterIps;

    /// <summary>Reads a Service's record from its tree, with the readers the network rules use on their own Service.</summary>
    public static ServiceRecord Read(KubeObject service)
    {
        var spec = service.Root.MappingAt("spec");
        var ports = spec?.GetSequence("ports");
        var written = ports?.Mappings.Select(p => new ServicePortRecord(p.GetString("name"), p.GetString("port"))).ToList();
        var portsKey = ports is null ? null : spec!.GetKey("ports") is { } key ? Location.Of(service, key) : null;
        var anchor = Location.Of(service, (YNode?)spec?.GetKey("clusterIP") ?? service.Root);
        // Loops, not Select over the readers' tuples: see ColdStartJitTests (a generic over a value tuple has no
        // ReadyToRun code, and every run with a Service builds its record).
        var nodePorts = new List<NodePortClaim>();
        foreach (var (node, port, protocol) in Services.NodePorts(service))
        {
            nodePorts.Add(new NodePortClaim(Location.Of(service, node), port, protocol));
        }

        var clusterIps = new List<ClusterIpClaim>();
        foreach (var (node, address) in Services.ClusterIps(service))
        {
            clusterIps.Add(new ClusterIpClaim(Location.Of(service, node), address));
        }

        return new ServiceRecord(written, portsKey, Services.IsHeadless(service), anchor, Services.AllocatesNodePorts(service), nodePorts, clusterIps);
    }
}

/// <summary>One <c>spec.ports</c> entry: its <c>name</c> and <c>port</c> as written (null when absent or not scalars).</summary>
internal sealed record ServicePortRecord(string? Name, string? Port);

/// <summary>A non-zero <c>nodePort</c> with its protocol.</summary>
internal sealed record NodePortClaim(Location Location, int Port, string Protocol);

/// <summary>A <c>clusterIP</c> or <c>clusterIPs</c> item that is an IP address.</summary>
internal sealed record ClusterIpClaim(Location Location, IPAddress Address);
