using KubeLint.Core.Cluster;

namespace KubeLint.Core.Rules.Network;

/// <summary>
/// Placeholders of the DNS add-on templates that a cluster fact fills, as the scripts that render them do:
/// <c>$DNS_SERVER_IP</c> (kube-dns.yaml.sed), <c>__PILLAR__DNS__SERVER__</c> (kube-dns.yaml.base and
/// coredns.yaml.base) and the older Salt form <c>{{ pillar['dns_server'] }}</c> are the kubelet's
/// <c>--cluster-dns</c>; the <c>DNS_DOMAIN</c> ones its <c>--cluster-domain</c>.
/// </summary>
internal static class PlaceholderFacts
{
    private static readonly Dictionary<string, string> Facts = new(StringComparer.Ordinal)
    {
        ["DNS_SERVER_IP"] = ClusterFacts.ClusterDns,
        ["__PILLAR__DNS__SERVER__"] = ClusterFacts.ClusterDns,
        ["pillar['dns_server']"] = ClusterFacts.ClusterDns,
        ["DNS_DOMAIN"] = ClusterFacts.ClusterDomain,
        ["__PILLAR__DNS__DOMAIN__"] = ClusterFacts.ClusterDomain,
        ["pillar['dns_domain']"] = ClusterFacts.ClusterDomain,
    };

    /// <summary>The flag name of the fact that fills <paramref name="placeholder"/>, or null.</summary>
    public static string? FactFor(string placeholder) => Facts.GetValueOrDefault(NameOf(placeholder));

    /// <summary>The value <c>cluster.placeholders</c> gives the placeholder, else that of its fact in
    /// <paramref name="cluster"/> (the first <c>--cluster-dns</c> address, which pods get as their name server);
    /// null when neither is known.</summary>
    public static string? ValueFor(string placeholder, ClusterProfile cluster) =>
        Given(placeholder, cluster)?.Value ?? FactFor(placeholder) switch
        {
            ClusterFacts.ClusterDns => cluster.ClusterDns.Count > 0 ? cluster.ClusterDns[0].Value.ToString() : null,
            ClusterFacts.ClusterDomain => cluster.ClusterDomain?.Value,
            _ => null,
        };

    /// <summary>Where <see cref="ValueFor"/>'s value comes from, for messages: the <c>.kubelint.yaml</c> entry or the kubelet's flag.</summary>
    public static string SourceOf(string placeholder, ClusterProfile cluster) =>
        Given(placeholder, cluster) is { } given ? $"cluster.placeholders at {given.Origin}" : $"the kubelet's --{FactFor(placeholder)}";

    // The user's own value wins over a fact: it names this very placeholder.
    private static ClusterFact<string>? Given(string placeholder, ClusterProfile cluster) =>
        cluster.Placeholders.Count > 0 && cluster.Placeholders.TryGetValue(NameOf(placeholder), out var given) ? given : null;

    /// <summary><c>$NAME</c>, <c>${NAME}</c> and <c>{{ NAME }}</c> all name NAME.</summary>
    private static string NameOf(string placeholder)
    {
        var name = placeholder.AsSpan();
        if (name.StartsWith("{{") && name.EndsWith("}}"))
        {
            return name[2..^2].Trim().ToString();
        }

        if (name.StartsWith("${") && name.EndsWith("}"))
        {
            return name[2..^1].ToString();
        }

        return (name.StartsWith("$") ? name[1..] : name).ToString();
    }
}
