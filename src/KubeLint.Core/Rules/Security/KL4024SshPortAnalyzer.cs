using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Security;

/// <summary>KL4024: a container that declares TCP port 22, the SSH port: an SSH server inside a container.</summary>
internal sealed class KL4024SshPortAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4024",
        "Container exposes the SSH port",
        "Container \"{0}\" declares port 22 (SSH); use kubectl exec for access instead of an SSH server in the pod",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        customTags: RuleTags.Security)
    {
        SecuritySeverity = 3.0,
        Options = [ContainerRuleOptions.IgnoredContainers],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterContainerAction(Analyze, Rule);

    private static void Analyze(ContainerAnalysisContext ctx)
    {
        foreach (var port in ctx.Node.GetSequence("ports")?.Mappings ?? [])
        {
            if (port["containerPort"] is YScalar number && YValues.TryGetInt(number, out var value) && value == 22
                && (port.GetString("protocol") ?? "TCP") == "TCP")
            {
                ctx.Report(Rule, number, ctx.DisplayName);
            }
        }
    }
}
