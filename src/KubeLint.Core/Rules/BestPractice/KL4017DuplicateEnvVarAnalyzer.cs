using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4017: an environment variable defined twice in one container: the last one silently wins.</summary>
internal sealed class KL4017DuplicateEnvVarAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4017",
        "Duplicate environment variable",
        "Environment variable \"{0}\" of container \"{1}\" is already defined on line {2}; only the last definition takes effect",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        foreach (var container in PodContainers.Of(ctx.Object))
        {
            var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
            foreach (var env in container.Node.GetSequence("env")?.Mappings ?? [])
            {
                if (env["name"] is not YScalar name || name.IsNull)
                {
                    continue;
                }

                if (seen.TryGetValue(name.Value, out var first))
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, name), ctx.Object, [Location.Of(ctx.Object, first)], name.Value, container.DisplayName, first.Start.Line));
                }
                else
                {
                    seen.Add(name.Value, name);
                }
            }
        }
    }
}
