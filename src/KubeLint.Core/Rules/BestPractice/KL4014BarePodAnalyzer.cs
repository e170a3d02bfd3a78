using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4014: a Pod written directly, that no controller recreates when it or its node dies.</summary>
internal sealed class KL4014BarePodAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4014",
        "Bare Pod without a controller",
        "Pod \"{0}\" is not managed by a controller; if it or its node fails, nothing recreates it — use a Deployment, StatefulSet or Job",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(
            ctx =>
            {
                var obj = ctx.Object;

                // An owner reference means a controller does manage it; Helm test hooks are meant to run once.
                if (obj.Metadata?["ownerReferences"] is YSequence { Count: > 0 } || obj.Annotations.ContainsKey("helm.sh/hook"))
                {
                    return;
                }

                var anchor = (YNode?)obj.Root["kind"] ?? obj.Root;
                ctx.Report(Rule, anchor, obj.Name ?? "<unnamed>");
            },
            "Pod");
}
