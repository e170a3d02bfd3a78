using System.Globalization;
using System.Net;
using KubeLint.Core.Cluster;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Network;

/// <summary>What the network rules read from a Service: its type, node ports and cluster IPs.</summary>
internal static class Services
{
    public static string TypeOf(KubeObject service) => service.Root.StringAt("spec.type") ?? "ClusterIP";

    public static bool IsHeadless(KubeObject service) => service.Root.StringAt("spec.clusterIP") == "None";

    /// <summary>NodePort and LoadBalancer Services get node ports, unless headless (which the apiserver rejects).</summary>
    public static bool AllocatesNodePorts(KubeObject service) =>
        TypeOf(service) is "NodePort" or "LoadBalancer" && !IsHeadless(service);

    /// <summary>Each <c>spec.ports[*].nodePort</c> that is a non-zero integer, with its protocol (TCP when unset).</summary>
    public static IEnumerable<(YScalar Node, int Port, string Protocol)> NodePorts(KubeObject service)
    {
        foreach (var port in service.Root.At("spec.ports") is YSequence ports ? ports.Mappings : [])
        {
            if (port["nodePort"] is YScalar node && TryInt(node, out var value) && value != 0)
            {
                yield return (node, value, port.GetString("protocol") ?? "TCP");
            }
        }
    }

    /// <summary><c>spec.clusterIP</c> and <c>spec.clusterIPs</c> that are IP addresses, each address once.</summary>
    public static IEnumerable<(YScalar Node, IPAddress Address)> ClusterIps(KubeObject service)
    {
        var seen = new HashSet<IPAddress>();
        var nodes = new List<YScalar>();
        if (service.Root.At("spec.clusterIP") is YScalar single)
        {
            nodes.Add(single);
        }

        if (service.Root.At("spec.clusterIPs") is YSequence list)
        {
            nodes.AddRange(list.Items.OfType<YScalar>());
        }

        foreach (var node in nodes)
        {
            if (NetworkValues.TryParseAddress(node.Value, out var address) && seen.Add(address))
            {
                yield return (node, address);
            }
        }
    }

    public static bool TryInt(YNode? node, out int value)
    {
        value = 0;
        return node is YScalar scalar && !scalar.IsNull
            && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Deterministic order for "first" and "later" claims: file path, then position.</summary>
    public static List<ObjectRecord> InSourceOrder(IReadOnlyList<ObjectRecord> services)
    {
        // A list sort, not OrderBy: see ColdStartJitTests.
        var ordered = new List<ObjectRecord>(services);
        ordered.Sort((a, b) =>
        {
            var byFile = string.CompareOrdinal(a.FilePath, b.FilePath);
            return byFile != 0 ? byFile : a.Start.CompareTo(b.Start);
        });
        return ordered;
    }

    /// <summary>The same Service written twice (e.g. variants of one example) is one object, not two claims.</summary>
    public static string Identity(ObjectRecord service) => $"{service.EffectiveNamespace}/{service.Name}";
}
