using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Security;

/// <summary>KL4007: <c>allowPrivilegeEscalation</c> not set to false: setuid binaries can gain privileges the process lacks.</summary>
internal sealed class KL4007PrivilegeEscalationAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4007",
        "allowPrivilegeEscalation is not false",
        "Container \"{0}\" {1}; set securityContext.allowPrivilegeEscalation: false",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        customTags: RuleTags.Security)
    {
        SecuritySeverity = 5.5,
        Options = [ContainerRuleOptions.IgnoredContainers],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    // Debugging (ephemeral) containers are added by hand to a running pod, not written in manifests.
    public override void Initialize(AnalysisContext context) =>
        context.RegisterContainerAction(Analyze, Rule, ContainerRole.Regular, ContainerRole.Init);

    private static void Analyze(ContainerAnalysisContext ctx)
    {
        var value = ctx.Container.SecurityContext?["allowPrivilegeEscalation"];
        if (YValues.IsFalse(value))
        {
            return;
        }

        var (anchor, problem) = value is YScalar { IsNull: false } scalar
            ? ((YNode)scalar, "allows privilege escalation")
            : (ctx.Container.DeepestKey("securityContext"), "does not forbid privilege escalation");
        ctx.Report(Rule, anchor, ctx.DisplayName, problem);
    }
}
