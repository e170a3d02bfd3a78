using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Security;

/// <summary>KL4010: a pod that shares its node's network, process or IPC namespace.</summary>
internal sealed class KL4010HostNamespacesAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4010",
        "Pod shares the node's network, PID or IPC namespace",
        "{0}: true lets the pod see and reach {1} of its node",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        customTags: RuleTags.Security)
    {
        SecuritySeverity = 8.0,
    };

    private static readonly (string Field, string What)[] Fields =
        [("hostNetwork", "the network interfaces and local services"), ("hostPID", "every process"), ("hostIPC", "the shared memory and IPC")];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        foreach (var spec in PodTemplates.PodSpecsOf(ctx.Object))
        {
            foreach (var (field, what) in Fields)
            {
                if (spec[field] is { } value && YValues.IsTrue(value))
                {
                    ctx.Report(Rule, value, field, what);
                }
            }
        }
    }
}
