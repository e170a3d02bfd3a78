using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Security;

/// <summary>KL4006: <c>securityContext.privileged: true</c>: the container gets every device and capability of its node.</summary>
internal sealed class KL4006PrivilegedContainerAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4006",
        "Privileged container",
        "Container \"{0}\" is privileged; it has full access to its node, so an escape is one step away",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        customTags: RuleTags.Security)
    {
        SecuritySeverity = 9.0,
        Options = [ContainerRuleOptions.IgnoredContainers],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterContainerAction(Analyze, Rule);

    private static void Analyze(ContainerAnalysisContext ctx)
    {
        if (ctx.Container.SecurityContext?["privileged"] is { } value && YValues.IsTrue(value))
        {
            ctx.Report(Rule, value, ctx.DisplayName);
        }
    }
}
