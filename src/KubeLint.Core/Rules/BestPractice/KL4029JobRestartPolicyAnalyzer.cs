using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4029: a Job or CronJob whose pod template does not set <c>restartPolicy</c> to Never or
/// OnFailure: the pod default (Always) is not allowed for Jobs, so the apiserver rejects it.</summary>
internal sealed class KL4029JobRestartPolicyAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4029",
        "Job without restartPolicy Never or OnFailure",
        "{0} \"{1}\" {2}; a Job's pods must set restartPolicy: Never or OnFailure, so the apiserver rejects it",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, "Job", "CronJob");

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        foreach (var (key, spec) in PodTemplates.PodSpecEntriesOf(ctx.Object))
        {
            var policy = spec["restartPolicy"] as YScalar;
            if (policy is { IsNull: false } && (policy.Value is "Never" or "OnFailure" || YValues.IsPlaceholder(policy.Value)))
            {
                continue;
            }

            var (anchor, problem) = policy is { IsNull: false }
                ? ((YNode)policy, $"sets restartPolicy: {policy.Value}")
                : (key, "does not set restartPolicy, which defaults to Always");
            ctx.Report(Rule, anchor, ctx.Object.Kind, ctx.Object.Name ?? "<unnamed>", problem);
        }
    }
}
