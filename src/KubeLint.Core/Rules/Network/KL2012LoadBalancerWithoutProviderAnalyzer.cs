using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Cluster;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Network;

/// <summary>
/// KL2012: a <c>type: LoadBalancer</c> Service on a cluster known to have no load-balancer
/// integration (<c>cluster.loadBalancer: none</c>). Nothing then provisions the balancer: the Service
/// works as a NodePort one and its external IP stays pending. When the profile does not say, nothing
/// is reported: a cloud, MetalLB or another integration may well be there.
/// </summary>
internal sealed class KL2012LoadBalancerWithoutProviderAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL2012",
        "LoadBalancer Service on a cluster without a load balancer",
        "{0} is of type LoadBalancer, but the cluster has no load-balancer integration ({1}): its external IP will stay <pending>; use type NodePort, or an ingress controller in front of a ClusterIP Service",
        RuleCategories.Network,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(
            ctx =>
            {
                var profile = ctx.Cluster;
                if (!profile.HasNoLoadBalancer || ctx.Object.Group.Length != 0 || Services.TypeOf(ctx.Object) != "LoadBalancer"
                    || ctx.Object.Root.MappingAt("spec")?["type"] is not { } type)
                {
                    return;
                }

                var fact = profile.LoadBalancer!;
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, type), ctx.Object, fact.Location is { } at ? [at] : null, ctx.Object.DisplayName, $"loadBalancer: {fact.Value}, {fact.Origin}"));
            },
            "Service");
    }
}
