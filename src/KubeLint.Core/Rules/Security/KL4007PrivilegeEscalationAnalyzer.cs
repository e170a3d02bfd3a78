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
        customTags: SecuritySeverity.Tag);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        // Debugging (ephemeral) containers are added by hand to a running pod, not written in manifests.
        foreach (var container in ContainerRuleOptions.Select(ctx, Rule.Id, c => c.Role != ContainerRole.Ephemeral))
        {
            var value = container.SecurityContext?["allowPrivilegeEscalation"];
            if (YValues.IsFalse(value))
            {
                continue;
            }

            var (anchor, problem) = value is YScalar { IsNull: false } scalar
                ? ((YNode)scalar, "allows privilege escalation")
                : (container.DeepestKey("securityContext"), "does not forbid privilege escalation");
            ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, anchor), ctx.Object, null, container.Name ?? "?", problem));
        }
    }
}
