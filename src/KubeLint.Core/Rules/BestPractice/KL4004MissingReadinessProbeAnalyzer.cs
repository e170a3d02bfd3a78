using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4004: a long-running container without a readiness probe: it gets traffic as soon as it starts.</summary>
internal sealed class KL4004MissingReadinessProbeAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4004",
        "Container without a readiness probe",
        "Container \"{0}\" has no readiness probe; Services send it traffic before it is ready, and rollouts cannot tell a broken version",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Info)
    {
        Options = [ContainerRuleOptions.IgnoredContainers],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => ProbeRules.RegisterMissing(context, Rule, "readinessProbe");
}
