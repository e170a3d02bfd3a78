using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
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
        customTags: SecuritySeverity.Tag);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        foreach (var container in ContainerRuleOptions.Select(ctx, Rule.Id, _ => true))
        {
            if (container.SecurityContext?["privileged"] is { } value && YValues.IsTrue(value))
            {
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, value), ctx.Object, null, container.Name ?? "?"));
            }
        }
    }
}
