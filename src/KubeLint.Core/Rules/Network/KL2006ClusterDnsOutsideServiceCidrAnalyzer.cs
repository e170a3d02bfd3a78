using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Cluster;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Rules.Network;

/// <summary>KL2006: a kubelet cluster DNS address outside the service CIDR; reported at the
/// <c>--cluster-dns</c> value (or <c>clusterDNS</c> item) it came from.</summary>
internal sealed class KL2006ClusterDnsOutsideServiceCidrAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL2006",
        "Cluster DNS address outside the service CIDR",
        "cluster DNS address {0} ({1}) is outside the service CIDR {2}; pods would send DNS queries to an address no Service can have",
        RuleCategories.Network,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterWorkspaceAction(ctx =>
        {
            var profile = ctx.Cluster;
            if (profile.ServiceCidrs.Count == 0)
            {
                return;
            }

            foreach (var dns in profile.ClusterDns.Where(d => !profile.InServiceRange(d.Value)))
            {
                var related = profile.ServiceCidrs.Select(c => c.Location).OfType<Location>().ToList();
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, dns.ReportLocation, (KubeObject?)null, related, dns.Value, dns.Origin, profile.DescribeServiceCidrs()));
            }
        });
    }
}
