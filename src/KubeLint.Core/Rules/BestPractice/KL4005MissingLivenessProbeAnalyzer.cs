using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4005: a long-running container without a liveness probe: a hung process is never restarted.</summary>
internal sealed class KL4005MissingLivenessProbeAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4005",
        "Container without a liveness probe",
        "Container \"{0}\" has no liveness probe; if it hangs without exiting, nothing restarts it",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Info)
    {
        Options = [ContainerRuleOptions.IgnoredContainers],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => ProbeRules.RegisterMissing(context, Rule, "livenessProbe");
}
