using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Network;

/// <summary>KL2003: a nodePort on a Service that allocates none (ClusterIP, ExternalName, headless).</summary>
internal sealed class KL2003NodePortWithoutNodePortsAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL2003",
        "nodePort on a Service that allocates no node ports",
        "nodePort {0} on a {1} Service, which allocates no node ports; use type NodePort or LoadBalancer, or drop nodePort",
        RuleCategories.Network,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(ctx =>
        {
            if (Services.AllocatesNodePorts(ctx.Object))
            {
                return;
            }

            var kind = Services.IsHeadless(ctx.Object) ? "headless" : Services.TypeOf(ctx.Object);
            foreach (var (node, port, _) in Services.NodePorts(ctx.Object))
            {
                ctx.Report(Rule, node, port, kind);
            }
        }, "Service");
    }
}
