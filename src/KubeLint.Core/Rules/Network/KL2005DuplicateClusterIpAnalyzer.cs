using System.Collections.Immutable;
using System.Net;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Network;

/// <summary>KL2005: the same clusterIP on two Services; reported on each later one.</summary>
internal sealed class KL2005DuplicateClusterIpAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL2005",
        "clusterIP used by two Services",
        "clusterIP {0} is already used by {1} ({2})",
        RuleCategories.Network,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterWorkspaceAction(ctx =>
        {
            var first = new Dictionary<IPAddress, (KubeObject Service, YScalar Node)>();
            foreach (var service in Services.InSourceOrder(ctx.Workspace.OfKind("Service")))
            {
                foreach (var (node, address) in Services.ClusterIps(service))
                {
                    if (!first.TryGetValue(address, out var claim))
                    {
                        first[address] = (service, node);
                    }
                    else if (Services.Identity(claim.Service) != Services.Identity(service))
                    {
                        var at = Location.Of(claim.Service, claim.Node);
                        var diagnostic = Diagnostic.Create(Rule, Location.Of(service, node), service, [at], address, claim.Service.DisplayName, at);
                        ctx.ReportDiagnostic(Model.KustomizeBuilds.Differ(claim.Service, service) ? diagnostic.WithDefaultSeverity(DiagnosticSeverity.Warning) : diagnostic);
                    }
                }
            }
        });
    }
}
