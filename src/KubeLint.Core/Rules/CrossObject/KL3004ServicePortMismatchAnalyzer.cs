using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>
/// KL3004: a Service port whose named <c>targetPort</c> no container of the selected pods declares
/// (the port gets no endpoints), and Service port names used twice (the apiserver rejects them).
/// A numeric targetPort needs no declared containerPort, so it is never reported.
/// </summary>
internal sealed class KL3004ServicePortMismatchAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL3004",
        "Service port does not resolve",
        "{0} of Service \"{1}\" {2}",
        RuleCategories.CrossObject,
        DiagnosticSeverity.Error);

    private const int MaxNamed = 3;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, "Service");

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var service = ctx.Object;
        if (service.Group.Length != 0 || service.Root.GetMapping("spec") is not { } spec
            || spec.GetString("type") == "ExternalName" || spec.GetSequence("ports") is not { } ports)
        {
            return;
        }

        ReportDuplicateNames(ctx, ports);
        if (LabelSelector.FromMap(spec["selector"]) is not { IsEvaluable: true, IsEmpty: false } selector)
        {
            return;
        }

        List<PodRecord>? selected = null;
        foreach (var port in ports.Mappings)
        {
            if (port["targetPort"] is not YScalar { IsNull: false } target || IsNumber(target.Value))
            {
                continue;
            }

            // Selecting nothing is KL3001's finding.
            selected ??= ctx.Workspace.Index.Select(service.EffectiveNamespace, selector).ToList();
            if (selected.Count == 0)
            {
                return;
            }

            var protocol = port.GetString("protocol") ?? "TCP";
            if (selected.Any(s => s.Ports.Any(p => p.Name == target.Value && p.Protocol == protocol)))
            {
                continue;
            }

            var sameName = selected.SelectMany(s => s.Ports).FirstOrDefault(p => p.Name == target.Value);
            var declared = selected.SelectMany(s => s.Ports).Select(p => p.Name).OfType<string>().Distinct().ToList();
            var hint = sameName is not null ? $"; \"{target.Value}\" is declared for {sameName.Protocol}, the Service port is {protocol}"
                : declared.Count > 0 ? $"; they declare {string.Join(", ", declared.Select(n => $"\"{n}\""))}"
                : "; they declare no named port";
            var first = selected[0];
            var related = sameName?.Location ?? (first.Ports.Count > 0 ? first.Ports[0].Location : null) ?? first.ContainersAnchor ?? first.LabelsAnchor;
            var problem = $"names no {protocol} container port of the pods it selects ({Names(selected)}){hint}; the port gets no endpoints";
            ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(service, target), service, [related], $"targetPort \"{target.Value}\"", service.Name, problem));
        }
    }

    private static void ReportDuplicateNames(ObjectAnalysisContext ctx, YSequence ports)
    {
        var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        foreach (var port in ports.Mappings)
        {
            if (port["name"] is not YScalar { IsNull: false } name)
            {
                continue;
            }

            if (seen.TryGetValue(name.Value, out var first))
            {
                var problem = $"is used twice (first at line {first.Start.Line}); the apiserver rejects duplicate port names";
                ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, name), ctx.Object, [Location.Of(ctx.Object, first)], $"port name \"{name.Value}\"", ctx.Object.Name, problem));
            }
            else
            {
                seen[name.Value] = name;
            }
        }
    }

    private static bool IsNumber(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);

    private static string Names(List<PodRecord> sources) =>
        string.Join(", ", sources.Take(MaxNamed).Select(s => s.Object.DisplayName)) + (sources.Count > MaxNamed ? $" and {sources.Count - MaxNamed} more" : string.Empty);
}
