using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4030: one port number and protocol declared twice in a pod. The containers of a pod share
/// one network namespace, so two of them cannot both listen on it.</summary>
internal sealed class KL4030DuplicateContainerPortAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4030",
        "Duplicate container port",
        "Port {0}/{1} of container \"{2}\" is already declared on line {3}{4}",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Warning);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        foreach (var spec in PodTemplates.PodSpecsOf(ctx.Object))
        {
            // Init containers run before the others (sidecars excepted), so only long-running ones can collide.
            var ports = new List<ContainerPort>();
            foreach (var container in PodContainers.Of(spec))
            {
                if (container.Role == ContainerRole.Regular || container.IsSidecar)
                {
                    foreach (var port in container.Node.GetSequence("ports")?.Mappings ?? [])
                    {
                        ports.Add(new ContainerPort(container, port));
                    }
                }
            }

            // In source order.
            ports.Sort((a, b) => a.Port.Start.CompareTo(b.Port.Start));
            var seen = new Dictionary<PortKey, FirstClaim>();
            foreach (var (container, port) in ports)
            {
                if (port["containerPort"] is not YScalar number || !YValues.TryGetInt(number, out var value))
                {
                    continue;
                }

                var protocol = port.GetString("protocol") ?? "TCP";
                var key = new PortKey(value, protocol, port.GetString("hostIP") ?? string.Empty);
                if (seen.TryGetValue(key, out var first))
                {
                    var why = ReferenceEquals(first.Container.Node, container.Node)
                        ? string.Empty
                        : $" by container \"{first.Container.DisplayName}\"; containers of a pod share its network, so only one of them can listen on it";
                    ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, number), ctx.Object, [Location.Of(ctx.Object, first.Number)], value, protocol, container.DisplayName, first.Number.Start.Line, why));
                }
                else
                {
                    seen.Add(key, new FirstClaim(container, number));
                }
            }
        }
    }

    private sealed record ContainerPort(PodContainer Container, YMapping Port);

    private sealed record FirstClaim(PodContainer Container, YScalar Number);

    private sealed record PortKey(long Number, string Protocol, string HostIp);
}
