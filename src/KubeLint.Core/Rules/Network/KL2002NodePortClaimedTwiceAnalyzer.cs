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
            foreach (var service in Services.InSourceOrder(ctx.Workspace.OfKind("Service")))
            {
                if (!Services.AllocatesNodePorts(service))
                {
                    continue;
                }

                foreach (var (node, port, protocol) in Services.NodePorts(service))
                {
                    var key = $"{port}/{protocol}";
                    if (!first.TryGetValue(key, out var claim))
                    {
                        first[key] = new Claim(service, node);
                    }
                    else if (claim.Service == service || Services.Identity(claim.Service) != Services.Identity(service))
                    {
                        var at = Location.Of(claim.Service, claim.Node);
                        var diagnostic = Diagnostic.Create(Rule, Location.Of(service, node), service, [at], port, protocol, claim.Service.DisplayName, at);
                        ctx.ReportDiagnostic(Model.KustomizeBuilds.Differ(claim.Service, service) ? diagnostic.WithDefaultSeverity(DiagnosticSeverity.Warning) : diagnostic);
                    }
                }
            }
        });
    }

    private sealed record Claim(KubeObject Service, YScalar Node);
}
