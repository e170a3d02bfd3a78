using System.Collections.Immutable;
using System.Globalization;
using KubeLint.Core.Analysis;
using KubeLint.Core.Cluster;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.Network;
using KubeLint.Core.Text;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>
/// KL3010–KL3013: host names in a pod's configuration (see <see cref="HostReferences"/>) resolved as
/// the pod's resolver would: <c>svc</c>, <c>svc.ns</c>, <c>svc.ns.svc</c>, <c>svc.ns.svc.&lt;domain&gt;</c>
/// against the Services among the inputs, <c>host.svc.ns…</c> against the StatefulSets behind a
/// headless Service, and the domain against the cluster's. One analyzer for the four rules, so that a
/// name gives at most one finding: a wrong domain (KL3011) is not also an unresolved name (KL3010).
/// Names that could be outside the cluster (<c>db.example.com</c>, <c>redis.cache</c> with no
/// namespace <c>cache</c> among the inputs) are not judged.
/// </summary>
[ReadsWholeTrees("the env values, command and args of every pod source, ConfigMap data, Services' ports and StatefulSets' serviceName, replicas and ordinals")]
internal sealed class KL3010ServiceHostNameAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Unresolved = new(
        "KL3010",
        "Host name names no Service, but one nearly matches",
        "{0}",
        RuleCategories.CrossObject,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor WrongDomain = new(
        "KL3011",
        "Service host name with another cluster domain",
        "{0}",
        RuleCategories.CrossObject,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PortNotExposed = new(
        "KL3012",
        "Port not exposed by the Service a host name names",
        "{0}",
        RuleCategories.CrossObject,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoMatch = new(
        "KL3013",
        "Host name looks like a Service reference but matches none",
        "{0}",
        RuleCategories.CrossObject,
        DiagnosticSeverity.Info);

    private const string DefaultDomain = "cluster.local";

    /// <summary>The Multi-Cluster Services domain: a name there is served by the MCS DNS, not the cluster's zone.</summary>
    private const string ClusterSetDomain = "clusterset.local";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Unresolved, WrongDomain, PortNotExposed, NoMatch];

    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(ctx =>
    {
        var index = ctx.Workspace.Index;
        if (index.PodSources.Count == 0)
        {
            return;
        }

        var resolver = new Resolver(ctx);
        var seen = new HashSet<Seen>();
        foreach (var record in index.PodSources)
        {
            var source = PodSource.Of(ctx.Workspace.ObjectOf(record.Object.Subject)!)!;
            var ns = source.Object.EffectiveNamespace;
            foreach (var reference in HostReferences.Of(source, ctx.Workspace))
            {
                // A ConfigMap read by several pods of a namespace is judged once.
                if (seen.Add(new Seen(reference.Node, reference.Part.Start, ns)))
                {
                    resolver.Check(reference, source.Object);
                }
            }
        }
    });

    private sealed record Seen(YScalar Node, int Start, string Namespace);

    private sealed class Resolver
    {
        private readonly WorkspaceAnalysisContext _ctx;
        private readonly ObjectIndex _index;
        private readonly string _domain;
        private readonly bool _domainKnown;
        private readonly string _domainOrigin;
        private readonly HashSet<string> _namespaces = new(StringComparer.Ordinal) { "default", "kube-system" };
        private readonly Dictionary<string, List<KubeObject>> _servicesByNamespace = new(StringComparer.Ordinal);
        private readonly bool _namespaceGiven;
        private bool _podNamespaceKnown;

        public Resolver(WorkspaceAnalysisContext ctx)
        {
            _ctx = ctx;
            _index = ctx.Workspace.Index;
            var fact = ctx.Cluster.ClusterDomain;
            _domainKnown = fact is not null && NetworkValues.IsDnsName(fact.Value);
            _domain = _domainKnown ? NetworkValues.NormalizeDomain(fact!.Value) : DefaultDomain;
            _domainOrigin = _domainKnown ? fact!.Origin : "Kubernetes' default";
            _namespaceGiven = ctx.Options.DefaultNamespace != "default";
            foreach (var obj in ctx.Workspace.Objects)
            {
                _namespaces.Add(obj.EffectiveNamespace);
                if (obj.Kind == "Namespace" && obj.Name is { } name)
                {
                    _namespaces.Add(name);
                }
            }

            foreach (var service in ctx.Workspace.OfKind("Service"))
            {
                if (service.Name is not null)
                {
                    (_servicesByNamespace.TryGetValue(service.EffectiveNamespace, out var list) ? list : _servicesByNamespace[service.EffectiveNamespace] = []).Add(service);
                }
            }
        }

        public void Check(HostReference reference, KubeObject pod)
        {
            var ns = pod.EffectiveNamespace;
            _podNamespaceKnown = NamespaceKnown(pod);
            var labels = reference.Part.Host.Split('.');
            var svcAt = Array.IndexOf(labels, "svc");
            var podAt = Array.IndexOf(labels, "pod");
            if (svcAt is 2 or 3)
            {
                var suffix = string.Join('.', labels[(svcAt + 1)..]);
                if (suffix == ClusterSetDomain || CheckDomain(reference, suffix, labels[..svcAt], "svc"))
                {
                    return;
                }

                if (svcAt == 2)
                {
                    ResolveService(reference, labels[0], labels[1], ns);
                }
                else
                {
                    ResolvePod(reference, labels[0], labels[1], labels[2], ns);
                }
            }
            else if (svcAt < 0 && podAt == 2 && labels.Length > 3)
            {
                CheckDomain(reference, string.Join('.', labels[3..]), labels[..2], "pod"); // a-b-c-d.ns.pod: nothing else to resolve
            }
            else if (svcAt < 0 && podAt < 0)
            {
                switch (labels.Length)
                {
                    case 1:
                        ResolveService(reference, labels[0], ns, ns);
                        break;
                    case 2 when _namespaces.Contains(labels[1]):
                        ResolveService(reference, labels[0], labels[1], ns);
                        break;
                    case 2 when FindService(ns, labels[1]) is { } headless && Services.IsHeadless(headless):
                        ResolvePod(reference, labels[0], labels[1], ns, ns);
                        break;
                    case 3 when _namespaces.Contains(labels[2]) && FindService(labels[2], labels[1]) is { } headless && Services.IsHeadless(headless):
                        ResolvePod(reference, labels[0], labels[1], labels[2], ns);
                        break;
                }
            }
        }

        /// <summary>A written domain other than the cluster's: reported (true) when the cluster's domain is
        /// known, or when it is unknown and the written one is a near miss of the default.</summary>
        private bool CheckDomain(HostReference reference, string suffix, string[] prefix, string zone)
        {
            if (suffix.Length == 0 || suffix == _domain
                || (!_domainKnown && EditDistance.Within(suffix, _domain, 2) is null))
            {
                return false;
            }

            var meant = $"{string.Join('.', prefix)}.{zone}.{_domain}";
            var service = zone == "svc" ? FindService(prefix[^1], prefix[^2]) : null;
            var target = service is null ? string.Empty : $" (Service \"{service.Name}\" in namespace \"{service.EffectiveNamespace}\")";
            Report(WrongDomain, reference, reference.HostLocation, service,
                $"host name {reference.Shown} in {reference.Where} ends in \"{suffix}\", which is not the cluster domain \"{_domain}\" ({_domainOrigin}): it will not resolve; write {meant}{target}");
            return true;
        }

        private void ResolveService(HostReference reference, string name, string serviceNamespace, string podNamespace)
        {
            if (IsAlwaysThere(name, serviceNamespace))
            {
                return;
            }

            if (FindService(serviceNamespace, name) is { } service)
            {
                CheckPort(reference, service);
                return;
            }

            var shown = reference.Shown;
            var inNamespace = serviceNamespace == podNamespace ? $"the pod's namespace \"{podNamespace}\"" : $"namespace \"{serviceNamespace}\"";
            var sameName = _index.FindAnywhere("Service", name).Select(s => _ctx.Workspace.ObjectOf(s.Subject)!).ToList();
            if (sameName.Count > 0)
            {
                // A Service or pod that names no namespace lands where it is applied (kubectl -n): which
                // namespace the name is looked up in, or the Service lives in, is then unknown. The
                // pod's own namespace is the likeliest one meant.
                var lookupKnown = reference.Part.Host.Contains('.') || _podNamespaceKnown;
                if (!lookupKnown || sameName.Any(s => !NamespaceKnown(s)) || (sameName.FirstOrDefault(s => s.EffectiveNamespace == podNamespace && s.EffectiveNamespace != serviceNamespace)
                    ?? sameName.FirstOrDefault(s => s.EffectiveNamespace != serviceNamespace)) is not { } elsewhere)
                {
                    return;
                }

                Report(Unresolved, reference, reference.HostLocation, elsewhere,
                    $"host name {shown} in {reference.Where} names no Service in {inNamespace}; Service \"{name}\" is in namespace \"{elsewhere.EffectiveNamespace}\": write {name}.{elsewhere.EffectiveNamespace}");
                return;
            }

            if (Closest(name, serviceNamespace) is { } close)
            {
                var written = serviceNamespace == podNamespace && reference.Part.Host.IndexOf('.') < 0 ? close.Name : $"{close.Name}.{serviceNamespace}";
                Report(Unresolved, reference, reference.HostLocation, close,
                    $"host name {shown} in {reference.Where} names no Service in {inNamespace}; did you mean Service \"{close.Name}\"{(written == close.Name ? string.Empty : $" ({written})")}?");
                return;
            }

            var diagnostic = Create(NoMatch, reference.HostLocation, reference, null,
                $"host name {shown} in {reference.Where} looks like a Service reference, but no Service \"{name}\" is among the inputs in {inNamespace}");
            _ctx.ReportDiagnostic(_ctx.Options.InputsComplete ? diagnostic.WithDefaultSeverity(DiagnosticSeverity.Warning) : diagnostic);
        }

        /// <summary><c>host.svc.ns</c>: a pod of a StatefulSet (or a pod with that hostname and subdomain) behind a headless Service.</summary>
        private void ResolvePod(HostReference reference, string hostname, string serviceName, string serviceNamespace, string podNamespace)
        {
            if (FindService(serviceNamespace, serviceName) is not { } service)
            {
                ResolveService(reference, serviceName, serviceNamespace, podNamespace);
                return;
            }

            if (!Services.IsHeadless(service))
            {
                return; // Only headless Services get per-pod records; a StatefulSet naming another is KL3008's finding.
            }

            var sets = _ctx.Workspace.OfKind("StatefulSet", serviceNamespace).Where(s => s.Root.StringAt("spec.serviceName") == serviceName && s.Name is not null).ToList();
            var named = _index.PodSourcesIn(serviceNamespace).Select(p => PodSource.Of(_ctx.Workspace.ObjectOf(p.Object.Subject)!)!).Any(p => p.PodSpec?.GetString("subdomain") == serviceName && p.PodSpec.GetString("hostname") == hostname);
            if (named || sets.Count == 0 || sets.Any(s => IsOrdinalOf(hostname, s)))
            {
                return; // Without a StatefulSet among the inputs the pods are named elsewhere.
            }

            var set = sets[0];
            var replicas = Replicas(set);
            var range = replicas is { } r ? r == 1 ? $"{set.Name}-0" : $"{set.Name}-0 … {set.Name}-{r - 1}" : $"{set.Name}-<ordinal>";
            Report(Unresolved, reference, reference.HostLocation, set,
                $"host name {reference.Shown} in {reference.Where} names no pod of headless Service \"{serviceName}\"; StatefulSet \"{set.Name}\" names its pods {range}");
        }

        private void CheckPort(HostReference reference, KubeObject service)
        {
            if (reference.Part.Port is not { } port || Services.IsHeadless(service) || Services.TypeOf(service) == "ExternalName"
                || service.Root.At("spec.ports") is not YSequence { Count: > 0 } ports)
            {
                return; // A headless Service's names are the pods' addresses: any container port answers.
            }

            var exposed = ports.Mappings.Select(p => p.GetString("port")).OfType<string>().ToList();
            if (exposed.Contains(port.ToString(CultureInfo.InvariantCulture)))
            {
                return;
            }

            Report(PortNotExposed, reference, reference.PortLocation, service,
                $"port {port} of host name {reference.Shown} in {reference.Where}: Service \"{service.Name}\" (namespace \"{service.EffectiveNamespace}\") exposes {string.Join(", ", exposed)}, so connections to {port} fail");
        }

        /// <summary>Whether an object's namespace is known before it is applied: written, or given with --namespace / <c>namespace:</c>.</summary>
        private bool NamespaceKnown(KubeObject obj) => obj.Namespace is not null || _namespaceGiven;

        private KubeObject? FindService(string ns, string name) => _ctx.Workspace.ObjectOf(_index.Find("Service", ns, name)?.Subject);

        private KubeObject? Closest(string name, string ns)
        {
            var allowed = name.Length < 4 ? 0 : name.Length < 8 ? 1 : 2;
            KubeObject? best = null;
            var bestDistance = int.MaxValue;
            foreach (var service in _servicesByNamespace.GetValueOrDefault(ns) ?? [])
            {
                if (allowed > 0 && EditDistance.Within(name, service.Name!, allowed) is { } distance && distance < bestDistance)
                {
                    (best, bestDistance) = (service, distance);
                }
            }

            return best;
        }

        /// <summary>The apiserver's own Service and the cluster DNS, which every cluster has but few inputs hold.</summary>
        private static bool IsAlwaysThere(string name, string ns) =>
            (name == "kubernetes" && ns == "default") || (name == "kube-dns" && ns == "kube-system");

        private static bool IsOrdinalOf(string hostname, KubeObject set)
        {
            var prefix = set.Name + "-";
            if (!hostname.StartsWith(prefix, StringComparison.Ordinal) || hostname.Length == prefix.Length
                || hostname.AsSpan(prefix.Length).ContainsAnyExceptInRange('0', '9')
                || !long.TryParse(hostname.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal))
            {
                return false;
            }

            var start = Services.TryInt(set.Root.At("spec.ordinals.start"), out var first) ? first : 0;
            return ordinal >= start && (Replicas(set) is not { } replicas || ordinal < start + replicas);
        }

        private static int? Replicas(KubeObject set) =>
            set.Root.At("spec.replicas") is null ? 1 : Services.TryInt(set.Root.At("spec.replicas"), out var replicas) ? replicas : null;

        private void Report(DiagnosticDescriptor rule, HostReference reference, Location location, KubeObject? related, string message) =>
            _ctx.ReportDiagnostic(Create(rule, location, reference, related, message));

        private static Diagnostic Create(DiagnosticDescriptor rule, Location location, HostReference reference, KubeObject? related, string message) =>
            Diagnostic.Create(rule, location, reference.Holder, related is null ? null : [Location.Of(related, related.Root)], message);
    }
}
