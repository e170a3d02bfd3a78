using System.Collections.Immutable;
using System.Net.Sockets;
using KubeLint.Core.Analysis;
using KubeLint.Core.Cluster;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Network;

/// <summary>
/// KL2004: a clusterIP outside the service CIDR(s); runs only when the CIDR is known. For the cluster DNS Service it
/// stands in for KL2007 (which skips addresses outside the range), so it names the kubelets' DNS address: the fix.
/// </summary>
internal sealed class KL2004ClusterIpOutsideServiceCidrAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL2004",
        "clusterIP outside the service CIDR",
        "clusterIP {0} is outside the service CIDR {1}{2}",
        RuleCategories.Network,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(ctx =>
        {
            var profile = ctx.Cluster;
            if (profile.ServiceCidrs.Count == 0)
            {
                return;
            }

            foreach (var (node, address) in Services.ClusterIps(ctx.Object))
            {
                if (profile.InServiceRange(address))
                {
                    continue;
                }

                var cidr = profile.CidrFor(address);
                var range = cidr is null
                    ? $"{profile.DescribeServiceCidrs()}: the cluster has no {(address.AddressFamily == AddressFamily.InterNetworkV6 ? "IPv6" : "IPv4")} service range"
                    : $"{cidr.Value} (from {cidr.Origin})";
                var related = new List<Location>();
                if (cidr?.Location is { } at)
                {
                    related.Add(at);
                }

                var dns = string.Empty;
                if (KL2007ClusterDnsMismatchAnalyzer.IsClusterDnsService(ctx.Object))
                {
                    // The kubelets' addresses of this family that the range holds: what the Service's clusterIP must be.
                    var kubelets = profile.ClusterDns.Where(d => d.Value.AddressFamily == address.AddressFamily && profile.InServiceRange(d.Value)).ToList();
                    if (kubelets.Count > 0)
                    {
                        dns = $"; the kubelets hand pods the cluster DNS address {string.Join(", ", kubelets.Select(d => d.Value))} ({kubelets[0].Origin}): use it";
                        related.AddRange(kubelets.Select(d => d.Location).OfType<Location>());
                    }
                }

                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, node), ctx.Object, related, address, range, dns));
            }
        }, "Service");
    }
}
