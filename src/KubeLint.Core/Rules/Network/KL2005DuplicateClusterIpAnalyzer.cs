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
            var first = new Dictionary<IPAddress, (ObjectRecord Service, Location Location)>();
            foreach (var service in Services.InSourceOrder(ctx.Workspace.Index.OfKind("Service")))
            {
                foreach (var (location, address) in service.Service!.ClusterIps)
                {
                    if (!first.TryGetValue(address, out var claim))
                    {
                        first[address] = (service, location);
                    }
                    else if (Services.Identity(claim.Service) != Services.Identity(service))
                    {
                        var at = claim.Location;
                        var diagnostic = Diagnostic.Create(Rule, location, service.Subject, [at], address, claim.Service.DisplayName, at);
                        ctx.ReportDiagnostic(Model.KustomizeBuilds.Differ(claim.Service, service) ? diagnostic.WithDefaultSeverity(DiagnosticSeverity.Warning) : diagnostic);
                    }
                }
            }
        });
    }
}
