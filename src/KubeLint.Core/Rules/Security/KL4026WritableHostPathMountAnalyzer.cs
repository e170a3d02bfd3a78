using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Security;

/// <summary>KL4026: a container that mounts a hostPath volume without <c>readOnly: true</c>.</summary>
internal sealed class KL4026WritableHostPathMountAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4026",
        "hostPath volume mounted writable",
        "Container \"{0}\" mounts hostPath volume \"{1}\" ({2}) writable; add readOnly: true unless it must write to the node",
        RuleCategories.Security,
        DiagnosticSeverity.Info,
        customTags: RuleTags.Security)
    {
        SecuritySeverity = 5.5,
        Options = [ContainerRuleOptions.IgnoredContainers],
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        foreach (var spec in PodTemplates.PodSpecsOf(ctx.Object))
        {
            var hostPaths = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var volume in spec.GetSequence("volumes")?.Mappings ?? [])
            {
                if (volume.GetString("name") is { } name && volume.GetMapping("hostPath") is { } hostPath)
                {
                    hostPaths.TryAdd(name, hostPath.GetString("path") ?? "?");
                }
            }

            if (hostPaths.Count == 0)
            {
                continue;
            }

            foreach (var container in PodContainers.Of(spec).Where(c => !ContainerRuleOptions.IsIgnored(ctx, Rule, c)))
            {
                foreach (var mount in container.Node.GetSequence("volumeMounts")?.Mappings ?? [])
                {
                    if (mount["name"] is YScalar name && hostPaths.TryGetValue(name.Value, out var path) && !YValues.IsTrue(mount["readOnly"]))
                    {
                        ctx.Report(Rule, name, container.DisplayName, name.Value, path);
                    }
                }
            }
        }
    }
}
