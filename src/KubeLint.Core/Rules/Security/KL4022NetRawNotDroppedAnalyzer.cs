using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Security;

/// <summary>KL4022: a container that keeps NET_RAW, which container runtimes grant by default.</summary>
internal sealed class KL4022NetRawNotDroppedAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4022",
        "NET_RAW capability not dropped",
        "Container \"{0}\" keeps the NET_RAW capability that runtimes grant by default; drop ALL (or NET_RAW) in securityContext.capabilities.drop",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        customTags: RuleTags.Security)
    {
        SecuritySeverity = 4.0,
        Options = [ContainerRuleOptions.IgnoredContainers],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterContainerAction(Analyze, Rule, ContainerRole.Regular, ContainerRole.Init);

    private static void Analyze(ContainerAnalysisContext ctx)
    {
        // Privileged containers are KL4006's; adding NET_RAW back is KL4012's.
        var context = ctx.Container.SecurityContext;
        if (YValues.IsTrue(context?["privileged"])
            || Capabilities.Items(context, "drop").Any(i => Capabilities.Normalize(i.Value) is "ALL" or "NET_RAW")
            || Capabilities.Items(context, "add").Any(i => Capabilities.Normalize(i.Value) is "ALL" or "NET_RAW"))
        {
            return;
        }

        ctx.Report(Rule, ctx.Container.DeepestKey("securityContext", "capabilities", "drop"), ctx.DisplayName);
    }
}
