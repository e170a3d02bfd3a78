using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Cluster;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.Network;

/// <summary>KL2001: a nodePort outside the cluster's node port range (30000–32767 unless configured).</summary>
internal sealed class KL2001NodePortOutOfRangeAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL2001",
        "nodePort outside the node port range",
        "nodePort {0} is outside the node port range {1} ({2})",
        RuleCategories.Network,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(ctx =>
        {
            if (!Services.AllocatesNodePorts(ctx.Object))
            {
                return; // KL2003's case
            }

            var range = ctx.Cluster.NodePortRange;
            foreach (var (node, port, _) in Services.NodePorts(ctx.Object))
            {
                if (port is >= 1 and <= 65535 && !range.Value.Contains(port))
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, node), ctx.Object, range.Location is { } at ? [at] : null, port, range.Value, range.Origin));
                }
            }
        }, "Service");
    }
}
