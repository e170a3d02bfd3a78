using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace Acme.KubeLintRules;

/// <summary>ACME0001: every workload names the team that owns it, for paging and cost reports.</summary>
public sealed class RequireTeamLabel : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "ACME0001",
        "Workload has no team label",
        "{0} has no 'team' label; add metadata.labels.team so that alerts reach the owners",
        "Acme",
        DiagnosticSeverity.Warning,
        helpLinkUri: "https://wiki.example.com/k8s/ACME0001");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(
            ctx =>
            {
                var obj = ctx.Object;
                if (obj.Labels.ContainsKey("team"))
                {
                    return;
                }

                // Point at the labels if there are some, else at metadata, else at kind.
                var anchor = (YNode?)obj.Metadata?.GetKey("labels") ?? (YNode?)obj.Root.GetKey("metadata") ?? obj.Root;
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(obj, anchor), obj, null, obj.DisplayName));
            },
            "Deployment", "StatefulSet", "DaemonSet", "CronJob");
}
