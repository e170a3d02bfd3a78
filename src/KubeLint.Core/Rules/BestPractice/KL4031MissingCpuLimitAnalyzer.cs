using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4031: a container without a CPU limit, in a pod without one. Off by default: a CPU limit throttles
/// a container even on an idle node, and many teams set requests only, on purpose.</summary>
internal sealed class KL4031MissingCpuLimitAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4031",
        "Container without a CPU limit",
        "Container \"{0}\" has no CPU limit; under load it can take the CPU time of its node's other pods",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false)
    {
        Options = [ContainerRuleOptions.IgnoredContainers],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    // Ephemeral containers may not declare resources.
    public override void Initialize(AnalysisContext context) =>
        context.RegisterContainerAction(Analyze, Rule, ContainerRole.Regular, ContainerRole.Init);

    private static void Analyze(ContainerAnalysisContext ctx)
    {
        // A pod-level limit (PodSpec.Resources) bounds all of the pod's containers together.
        if (!HasCpuLimit(ctx.Node) && !HasCpuLimit(ctx.PodSpec))
        {
            ctx.Report(Rule, ctx.Container.DeepestKey("resources", "limits"), ctx.DisplayName);
        }
    }

    private static bool HasCpuLimit(YMapping owner) =>
        owner.GetMapping("resources")?.GetMapping("limits")?["cpu"] is YScalar { IsNull: false };
}
