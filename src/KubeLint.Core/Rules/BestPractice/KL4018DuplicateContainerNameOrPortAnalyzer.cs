using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4018: two containers of a pod with one name (init and ephemeral containers included), or two
/// ports of a container with one name: the apiserver rejects both.</summary>
internal sealed class KL4018DuplicateContainerNameOrPortAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4018",
        "Duplicate container name or port name",
        "{0} \"{1}\" is already used{2} on line {3}; the apiserver rejects the pod",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Error);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        foreach (var spec in PodTemplates.PodSpecsOf(ctx.Object))
        {
            var containers = PodContainers.Of(spec).ToList();
            FindDuplicates(ctx, containers.Select(c => c.Node), "Container name", string.Empty);
            foreach (var container in containers)
            {
                FindDuplicates(ctx, container.Node.GetSequence("ports")?.Mappings ?? [], "Port name", $" in container \"{container.DisplayName}\"");
            }
        }
    }

    private static void FindDuplicates(ObjectAnalysisContext ctx, IEnumerable<YMapping> items, string what, string where)
    {
        // In source order, so the finding is at the later definition whichever list comes first.
        // (A list sort, not OrderBy: see ColdStartJitTests.)
        var ordered = items.ToList();
        ordered.Sort((a, b) => a.Start.CompareTo(b.Start));
        var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        foreach (var item in ordered)
        {
            if (item["name"] is not YScalar name || name.IsNull || name.Value.Length == 0)
            {
                continue;
            }

            if (seen.TryGetValue(name.Value, out var first))
            {
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, name), ctx.Object, [Location.Of(ctx.Object, first)], what, name.Value, where, first.Start.Line));
            }
            else
            {
                seen.Add(name.Value, name);
            }
        }
    }
}
