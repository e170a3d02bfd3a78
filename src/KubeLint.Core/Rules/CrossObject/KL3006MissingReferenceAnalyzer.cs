using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>
/// KL3006: a reference to an object the inputs do not hold: ConfigMaps and Secrets of volumes,
/// <c>envFrom</c> and <c>valueFrom</c> (unless <c>optional: true</c>), service accounts, PVC claims,
/// Ingress backends and HPA targets. The object may live in files that were not linted, so this is
/// info unless the inputs are declared complete; a port missing from a Service that is among the
/// inputs is a warning regardless.
/// </summary>
internal sealed class KL3006MissingReferenceAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "KL3006",
        "Reference to an object missing from the inputs",
        "{0} refers to {1}, which {2}",
        RuleCategories.CrossObject,
        DiagnosticSeverity.Info);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(ctx =>
    {
        var obj = ctx.Object;
        if (PodSource.PodSpecOf(obj) is { } podSpec)
        {
            foreach (var (kind, name) in PodReferences.Of(podSpec, ClaimTemplates(obj)))
            {
                CheckExists(ctx, kind, name);
            }
        }
        else if (obj.Kind == "Ingress" && obj.Group is "networking.k8s.io" or "extensions")
        {
            foreach (var backend in IngressBackends(obj.Root.GetMapping("spec")))
            {
                CheckBackend(ctx, backend);
            }
        }
        else if (obj.Kind == "HorizontalPodAutoscaler" && obj.Root.MappingAt("spec.scaleTargetRef") is { } target
            && target.GetString("kind") is { } kind && !ScaleTargets.IsKnownNotScalable(kind) && target["name"] is YScalar { IsNull: false, Value.Length: > 0 } name)
        {
            CheckExists(ctx, kind, name);
        }
    });

    private static HashSet<string> ClaimTemplates(KubeObject obj) =>
        obj.Kind == "StatefulSet"
            ? (obj.Root.MappingAt("spec")?.GetSequence("volumeClaimTemplates")?.Mappings ?? []).Select(t => t.StringAt("metadata.name")).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];

    private static void CheckExists(ObjectAnalysisContext ctx, string kind, YScalar name)
    {
        var index = ctx.Workspace.Index;
        var ns = ctx.Object.EffectiveNamespace;
        if (index.Find(kind, ns, name.Value) is not null
            || (kind == "Secret" && (index.Find("SealedSecret", ns, name.Value) ?? index.Find("ExternalSecret", ns, name.Value)) is not null))
        {
            return; // Sealed and external secrets materialise a Secret of their own name.
        }

        var elsewhere = index.FindAnywhere(kind, name.Value).FirstOrDefault(o => o.EffectiveNamespace != ns);
        var detail = elsewhere is null
            ? "is not among the inputs"
            : $"is not among the inputs in namespace \"{ns}\" (one is in namespace \"{elsewhere.EffectiveNamespace}\"; references do not cross namespaces)";
        var related = elsewhere is null ? null : new[] { elsewhere.RootLocation };
        var diagnostic = Diagnostic.Create(Rule, Location.Of(ctx.Object, name), ctx.Object, related, ctx.Object.DisplayName, $"{kind} \"{name.Value}\"", detail);
        ctx.ReportDiagnostic(ctx.Options.InputsComplete ? diagnostic.WithDefaultSeverity(DiagnosticSeverity.Warning) : diagnostic);
    }

    private static void CheckBackend(ObjectAnalysisContext ctx, YMapping backend)
    {
        // networking.k8s.io/v1: service: {name, port: {number | name}}; earlier: serviceName, servicePort.
        var service = backend.GetMapping("service");
        var nameNode = (service?["name"] ?? backend["serviceName"]) as YScalar;
        if (nameNode is not { IsNull: false, Value.Length: > 0 })
        {
            return; // A resource backend, or no backend at all.
        }

        CheckExists(ctx, "Service", nameNode);
        var target = ctx.Workspace.Index.Find("Service", ctx.Object.EffectiveNamespace, nameNode.Value);
        var portNode = (service is not null ? service.MappingAt("port") is { } port ? port["number"] ?? port["name"] : null : backend["servicePort"]) as YScalar;
        if (target?.Service is not { Ports: { } ports } targetService || portNode is not { IsNull: false })
        {
            return;
        }

        var isNumber = portNode.Value.All(char.IsAsciiDigit);
        if (ports.Any(p => (isNumber ? p.Port : p.Name) == portNode.Value))
        {
            return;
        }

        var declared = string.Join(", ", ports.Select(p => p.Name is { } n ? $"{n} ({p.Port})" : p.Port));
        var diagnostic = Diagnostic.Create(
            Rule,
            Location.Of(ctx.Object, portNode),
            ctx.Object,
            [targetService.PortsKey!],
            ctx.Object.DisplayName,
            $"{(isNumber ? "port" : "the port named")} {portNode.Value} of Service \"{nameNode.Value}\"",
            $"the Service does not declare (it has {declared})");

        // The Service is among the inputs, so the port is surely missing.
        ctx.ReportDiagnostic(diagnostic.WithDefaultSeverity(DiagnosticSeverity.Warning));
    }

    private static IEnumerable<YMapping> IngressBackends(YMapping? spec)
    {
        if (spec is null)
        {
            yield break;
        }

        if ((spec.GetMapping("defaultBackend") ?? spec.GetMapping("backend")) is { } fallback)
        {
            yield return fallback;
        }

        foreach (var rule in spec.GetSequence("rules")?.Mappings ?? [])
        {
            foreach (var path in rule.MappingAt("http")?.GetSequence("paths")?.Mappings ?? [])
            {
                if (path.GetMapping("backend") is { } backend)
                {
                    yield return backend;
                }
            }
        }
    }
}
