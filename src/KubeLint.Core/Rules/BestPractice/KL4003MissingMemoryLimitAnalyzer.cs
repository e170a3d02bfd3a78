using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4003: a container without a memory limit, which can take its node's memory from every other pod.</summary>
internal sealed class KL4003MissingMemoryLimitAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4003",
        "Container without a memory limit",
        "Container \"{0}\" has no memory limit; a leak can exhaust its node's memory",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Info);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        foreach (var container in ContainerRuleOptions.Select(ctx, Rule.Id, c => c.Role != ContainerRole.Ephemeral))
        {
            if (container.Node.GetMapping("resources")?.GetMapping("limits")?["memory"] is not YScalar { IsNull: false })
            {
                var anchor = container.DeepestKey("resources", "limits");
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, anchor), ctx.Object, null, container.Name ?? "?"));
            }
        }
    }
}
