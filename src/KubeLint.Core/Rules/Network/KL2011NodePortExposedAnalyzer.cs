using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Network;

/// <summary>KL2011 (off by default): a Service that opens node ports, reachable on every address of
/// every node unless a firewall stops it. For clusters where that is a policy question.</summary>
internal sealed class KL2011NodePortExposedAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL2011",
        "Service opens node ports",
        "{0} Service opens node ports on every node's addresses; make sure a firewall limits who can reach them",
        RuleCategories.Network,
        DiagnosticSeverity.Hidden,
        isEnabledByDefault: false);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(ctx =>
        {
            var type = ctx.Object.Root.At("spec.type") as YScalar;
            if (type is null || !Services.AllocatesNodePorts(ctx.Object)
                || (type.Value == "LoadBalancer" && ctx.Object.Root.StringAt("spec.allocateLoadBalancerNodePorts") == "false"))
            {
                return;
            }

            ctx.Report(Rule, type, type.Value);
        }, "Service");
    }
}
