using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4002: a container that requests no CPU or no memory (a limit alone counts: requests default to it).</summary>
internal sealed class KL4002MissingResourceRequestsAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4002",
        "Container without CPU or memory requests",
        "Container \"{0}\" has no {1} request; the scheduler cannot place it by what it needs",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Info)
    {
        Options = [ContainerRuleOptions.IgnoredContainers],
    };

    private static readonly string[] Resources = ["cpu", "memory"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    // Ephemeral containers may not declare resources.
    public override void Initialize(AnalysisContext context) =>
        context.RegisterContainerAction(Analyze, Rule, ContainerRole.Regular, ContainerRole.Init);

    private static void Analyze(ContainerAnalysisContext ctx)
    {
        var resources = ctx.Node.GetMapping("resources");
        var missing = Resources.Where(r => !IsSet(resources, r)).ToList();
        if (missing.Count > 0)
        {
            ctx.Report(Rule, ctx.Container.DeepestKey("resources", "requests"), ctx.DisplayName, string.Join(" or ", missing.Select(Word)));
        }
    }

    /// <summary>A request is set directly, or through a limit that it defaults to.</summary>
    private static bool IsSet(YMapping? resources, string resource) =>
        resources?.GetMapping("requests")?[resource] is YScalar { IsNull: false }
        || resources?.GetMapping("limits")?[resource] is YScalar { IsNull: false };

    private static string Word(string resource) => resource == "cpu" ? "CPU" : resource;
}
