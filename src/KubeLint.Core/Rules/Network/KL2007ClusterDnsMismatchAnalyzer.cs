using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Cluster;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Rules.Network;

/// <summary>
/// KL2007: the cluster DNS Service's clusterIP is not the address the kubelets hand to pods
/// (<c>--cluster-dns</c>). Reported at the clusterIP, with the kubelet setting as related location.
/// Addresses outside the service CIDR are left to KL2004 and KL2006, so one wrong fact gives one finding.
/// </summary>
internal sealed class KL2007ClusterDnsMismatchAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL2007",
        "Cluster DNS address does not match the DNS Service",
        "clusterIP {0} of the cluster DNS Service {1} is not the kubelet's cluster DNS address {2} ({3}); pods would query an address nothing answers",
        RuleCategories.Network,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(ctx =>
        {
            var profile = ctx.Cluster;
            if (profile.ClusterDns.Count == 0 || !IsClusterDnsService(ctx.Object))
            {
                return;
            }

            var known = profile.ServiceCidrs.Count > 0;
            foreach (var (node, address) in Services.ClusterIps(ctx.Object))
            {
                var candidates = profile.ClusterDns
                    .Where(d => d.Value.AddressFamily == address.AddressFamily && (!known || profile.InServiceRange(d.Value)))
                    .ToList();
                if (candidates.Count == 0 || (known && !profile.InServiceRange(address)) || candidates.Any(d => d.Value.Equals(address)))
                {
                    continue;
                }

                var related = candidates.Select(d => d.Location).OfType<Location>().ToList();
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, node), ctx.Object, related,
                    address, ctx.Object.DisplayName, string.Join(", ", candidates.Select(d => d.Value)), candidates[0].Origin));
            }
        }, "Service");
    }

    /// <summary>kube-dns or coredns in kube-system, or any Service labelled <c>k8s-app: kube-dns</c>.</summary>
    internal static bool IsClusterDnsService(KubeObject service) =>
        (service.EffectiveNamespace == "kube-system" && service.Name is "kube-dns" or "coredns")
        || (service.Labels.TryGetValue("k8s-app", out var app) && app == "kube-dns");
}
