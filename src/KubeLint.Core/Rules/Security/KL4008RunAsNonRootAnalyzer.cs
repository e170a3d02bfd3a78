using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Security;

/// <summary>KL4008: a container that may run as root: neither <c>runAsNonRoot: true</c> nor a non-zero
/// <c>runAsUser</c>, in its own security context or the pod's.</summary>
internal sealed class KL4008RunAsNonRootAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4008",
        "Container may run as root",
        "Container \"{0}\" {1}",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        customTags: RuleTags.Security)
    {
        SecuritySeverity = 5.0,
        Options = [ContainerRuleOptions.IgnoredContainers],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterContainerAction(Analyze, Rule, ContainerRole.Regular, ContainerRole.Init);

    private static void Analyze(ContainerAnalysisContext ctx)
    {
        var pod = ctx.PodSpec.GetMapping("securityContext");
        var own = ctx.Container.SecurityContext;

        // Windows containers use runAsUserName, which this rule does not judge.
        if (ctx.PodSpec.MappingAt("os")?.GetString("name") == "windows"
            || (own?.At("windowsOptions.runAsUserName") ?? pod?.At("windowsOptions.runAsUserName")) is not null)
        {
            return;
        }

        // The container's own setting wins over the pod's.
        var runAsUser = own?["runAsUser"] ?? pod?["runAsUser"];
        var runAsNonRoot = own?["runAsNonRoot"] ?? pod?["runAsNonRoot"];
        var hasUser = YValues.TryGetInt(runAsUser, out var uid);
        if (hasUser && uid == 0)
        {
            var problem = YValues.IsTrue(runAsNonRoot)
                ? "sets runAsUser: 0 and runAsNonRoot: true; the kubelet refuses to start it"
                : "runs as root (runAsUser: 0); use a non-zero user ID";
            ctx.Report(Rule, runAsUser, ctx.DisplayName, problem);
        }
        else if (!YValues.IsTrue(runAsNonRoot) && !(hasUser && uid > 0))
        {
            var anchor = YValues.IsFalse(runAsNonRoot) ? runAsNonRoot! : ctx.Container.DeepestKey("securityContext");
            ctx.Report(Rule, anchor, ctx.DisplayName, "may run as root; set securityContext.runAsNonRoot: true (or a non-zero runAsUser)");
        }
    }
}
