using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.BestPractice;

/// <summary>KL4021: a probe or lifecycle hook that names a port the container does not declare:
/// the kubelet cannot resolve it, so the probe always fails. A warning: the apiserver checks only the
/// name's syntax (<c>pkg/apis/core/validation/validation.go: validateHTTPGetAction</c>,
/// <c>validateTCPSocketAction</c> call <c>ValidatePortNumOrName</c>) and creates the pod.</summary>
internal sealed class KL4021ProbeUndeclaredPortAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL4021",
        "Probe on a port name the container does not declare",
        "{0} of container \"{1}\" uses port \"{2}\", which the container's ports do not name; the kubelet cannot resolve it and the check always fails",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Warning);

    private static readonly string[] Probes = ["livenessProbe", "readinessProbe", "startupProbe"];

    private static readonly string[] Handlers = ["httpGet", "tcpSocket"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterObjectAction(Analyze, PodTemplates.WorkloadKinds);

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        foreach (var container in PodContainers.Of(ctx.Object))
        {
            var declared = container.Node.GetSequence("ports")?.Mappings
                .Select(p => p.GetString("name"))
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var (what, action) in ChecksOf(container.Node))
            {
                foreach (var handler in Handlers)
                {
                    // A name the apiserver refuses (KL1013) cannot be declared either: that finding says it all.
                    if (action.GetMapping(handler)?["port"] is YScalar port && IsName(port) && !declared.Contains(port.Value)
                        && KubernetesNames.CheckPortName(port.Value) is null)
                    {
                        ctx.Report(Rule, port, what, container.DisplayName, port.Value);
                    }
                }
            }
        }
    }

    /// <summary>The probes and lifecycle hooks of a container, each with what to call it in a message.</summary>
    private static IEnumerable<(string What, YMapping Action)> ChecksOf(YMapping container)
    {
        foreach (var probe in Probes)
        {
            if (container.GetMapping(probe) is { } mapping)
            {
                yield return (probe, mapping);
            }
        }

        foreach (var hook in new[] { "postStart", "preStop" })
        {
            if (container.GetMapping("lifecycle")?.GetMapping(hook) is { } mapping)
            {
                yield return ($"lifecycle.{hook}", mapping);
            }
        }
    }

    /// <summary>A port given by name: not a number, not null, not a template placeholder.</summary>
    private static bool IsName(YScalar port) =>
        !port.IsNull && port.Value.Length > 0 && !YValues.TryGetInt(port, out _) && !port.Value.All(char.IsAsciiDigit) && !YValues.IsPlaceholder(port.Value);
}
