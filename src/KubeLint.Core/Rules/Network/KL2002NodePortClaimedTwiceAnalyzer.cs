using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Network;

/// <summary>KL2002: a node port (per protocol) claimed by more than one Service; node ports are
/// cluster-wide, so namespaces do not separate them. Reported on each later claim.</summary>
internal sealed class KL2002NodePortClaimedTwiceAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL2002",
        "Node port claimed by more than one Service",
        "node port {0}/{1} is already claimed by {2} ({3})",
        RuleCategories.Network,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterWorkspaceAction(ctx =>
        {
            // "port/protocol" → the first claim.
            var first = new Dictionary<string, Claim>(StringComparer.Ordinal);
            foreach (var service in Services.InSourceOrder(ctx.Workspace.Index.OfKind("Service")))
            {
                if (!service.Service!.AllocatesNodePorts)
                {
                    continue;
                }

                foreach (var (location, port, protocol) in service.Service.NodePorts)
                {
                    var key = $"{port}/{protocol}";
                    if (!first.TryGetValue(key, out var claim))
                    {
                        first[key] = new Claim(service, location);
                    }
                    else if (claim.Service == service || Services.Identity(claim.Service) != Services.Identity(service))
                    {
                        var at = claim.Location;
                        var diagnostic = Diagnostic.Create(Rule, location, service.Subject, [at], port, protocol, claim.Service.DisplayName, at);
                        ctx.ReportDiagnostic(Model.KustomizeBuilds.Differ(claim.Service, service) ? diagnostic.WithDefaultSeverity(DiagnosticSeverity.Warning) : diagnostic);
                    }
                }
            }
        });
    }

    private sealed record Claim(ObjectRecord Service, Location Location);
}
