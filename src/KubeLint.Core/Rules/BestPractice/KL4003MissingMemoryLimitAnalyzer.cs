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
        DiagnosticSeverity.Info)
    {
        Options = [ContainerRuleOptions.IgnoredContainers],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    // Ephemeral containers may not declare resources.
    public override void Initialize(AnalysisContext context) =>
        context.RegisterContainerAction(Analyze, Rule, ContainerRole.Regular, ContainerRole.Init);

    private static void Analyze(ContainerAnalysisContext ctx)
    {
        if (ctx.Node.GetMapping("resources")?.GetMapping("limits")?["memory"] is not YScalar { IsNull: false })
        {
            ctx.Report(Rule, ctx.Container.DeepestKey("resources", "limits"), ctx.DisplayName);
        }
    }
}
