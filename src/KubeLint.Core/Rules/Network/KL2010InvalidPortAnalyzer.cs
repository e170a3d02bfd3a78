using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Network;

/// <summary>KL2010: a port number outside 1–65535 (0 allowed where it means "unset": nodePort,
/// hostPort), or a protocol other than TCP, UDP and SCTP, in Services, pod specs and Ingress backends.</summary>
internal sealed class KL2010InvalidPortAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL2010",
        "Invalid port number or protocol",
        "{0}",
        RuleCategories.Network,
        DiagnosticSeverity.Error);

    private static readonly string[] ContainerLists = ["containers", "initContainers", "ephemeralContainers"];
    private static readonly string[] Probes = ["livenessProbe", "readinessProbe", "startupProbe"];

    private static readonly string[] ProbeHandlers = ["httpGet", "tcpSocket", "grpc"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(ctx =>
        {
            if (ctx.Object.Kind == "Service")
            {
                foreach (var port in ctx.Object.Root.At("spec.ports") is YSequence ports ? ports.Mappings : [])
                {
                    CheckNumber(ctx, port, "port", allowZero: false);
                    CheckNumber(ctx, port, "targetPort", allowZero: false);
                    CheckNumber(ctx, port, "nodePort", allowZero: true);
                    CheckProtocol(ctx, port);
                }
            }

            if (ctx.Object.Kind == "Ingress" && ctx.Object.Group is "networking.k8s.io" or "extensions" && ctx.Object.Root.GetMapping("spec") is { } ingress)
            {
                CheckIngress(ctx, ingress);
            }

            foreach (var spec in PodTemplates.PodSpecsOf(ctx.Object))
            {
                foreach (var container in ContainerLists.SelectMany(list => spec.GetSequence(list)?.Mappings ?? []))
                {
                    foreach (var port in container.GetSequence("ports")?.Mappings ?? [])
                    {
                        CheckNumber(ctx, port, "containerPort", allowZero: false);
                        CheckNumber(ctx, port, "hostPort", allowZero: true);
                        CheckProtocol(ctx, port);
                    }

                    foreach (var probe in Probes.Select(container.GetMapping).OfType<YMapping>())
                    {
                        foreach (var handler in ProbeHandlers.Select(probe.GetMapping).OfType<YMapping>())
                        {
                            CheckNumber(ctx, handler, "port", allowZero: false);
                        }
                    }
                }
            }
        });
    }

    private static void CheckNumber(ObjectAnalysisContext ctx, YMapping owner, string field, bool allowZero)
    {
        if (owner[field] is YScalar node && Services.TryInt(node, out var value) && (value > 65535 || value < (allowZero ? 0 : 1)))
        {
            ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, node), ctx.Object, null,
                $"{field} {value} is outside 1–65535{(allowZero ? " (0 means unset)" : string.Empty)}"));
        }
    }

    /// <summary>
    /// pkg/apis/networking/validation/validation.go: validateIngressBackend checks a backend's port number with
    /// IsValidPortNum (v1's <c>service.port.number</c>, v1beta1's numeric <c>servicePort</c>); 0 is no number at
    /// all, which KL1011 reports as a missing port.
    /// </summary>
    private static void CheckIngress(ObjectAnalysisContext ctx, YMapping spec)
    {
        CheckBackend(ctx, spec.GetMapping("defaultBackend"));
        CheckBackend(ctx, spec.GetMapping("backend"));
        foreach (var rule in spec.GetSequence("rules")?.Mappings ?? [])
        {
            foreach (var path in rule.GetMapping("http")?.GetSequence("paths")?.Mappings ?? [])
            {
                CheckBackend(ctx, path.GetMapping("backend"));
            }
        }
    }

    private static void CheckBackend(ObjectAnalysisContext ctx, YMapping? backend)
    {
        if (backend?.GetMapping("service")?.GetMapping("port") is { } port)
        {
            CheckNumber(ctx, port, "number", allowZero: true);
        }
        else if (backend is not null)
        {
            CheckNumber(ctx, backend, "servicePort", allowZero: true);
        }
    }

    private static void CheckProtocol(ObjectAnalysisContext ctx, YMapping port)
    {
        if (port["protocol"] is YScalar node && !node.IsNull && node.Value is not ("TCP" or "UDP" or "SCTP") && !node.Value.Contains('$') && !node.Value.Contains("{{", StringComparison.Ordinal))
        {
            var hint = node.Value.ToUpperInvariant() is "TCP" or "UDP" or "SCTP" ? $" (write {node.Value.ToUpperInvariant()}: the value is case-sensitive)" : string.Empty;
            ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, node), ctx.Object, null,
                $"protocol '{node.Value}' is not TCP, UDP or SCTP{hint}"));
        }
    }
}
