using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using KubeLint.Core.Analysis;
using KubeLint.Core.Api;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Validation;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Validation.Scheduling;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Api;

/// <summary>
/// KL1012: a name or key inside an object that the apiserver's validation rejects — container,
/// volume and port names, environment variable names, ConfigMap and Secret keys, the names a pod
/// spec refers to, Ingress hosts. Object names, labels and annotations are KL0005's.
/// </summary>
internal sealed class KL1012InvalidNameOrKeyAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = ApiserverRules.Create("KL1012", "Invalid name or key");

    private const string Core = "pkg/apis/core/validation/validation.go";
    private const string Networking = "pkg/apis/networking/validation/validation.go";
    private const int LabelMax = KubernetesNames.LabelMaxLength;
    private const int SubdomainMax = KubernetesNames.SubdomainMaxLength;

    // Where each check comes from and the minors that enforce it, carried as data beside the check.
    private static readonly ValidationSource ContainerName = new(Core, "validateContainers (ValidateDNS1123Label)");
    private static readonly ValidationSource InitContainerName = new(Core, "validateInitContainers (ValidateDNS1123Label)", Since: 6); // the field is 1.6's
    private static readonly ValidationSource EphemeralContainerName = new(Core, "validateEphemeralContainers (ValidateDNS1123Label)", Since: 23); // gate EphemeralContainers on by default from 1.23
    private static readonly ValidationSource VolumeName = new(Core, "validateVolumes (ValidateDNS1123Label)");
    private static readonly ValidationSource ContainerPortName = new(Core, "validateContainerPorts (validation.IsValidPortName)");
    private static readonly ValidationSource EnvNameCIdentifier = new(Core, "validateEnv (validation.IsCIdentifier)", Until: 7);
    private static readonly ValidationSource EnvNameStrict = new(Core, "ValidateEnv (validation.IsEnvVarName)", Since: 8, Until: 31); // kubernetes#48986
    private static readonly ValidationSource EnvNameRelaxed = new(Core, "ValidateEnv (validation.IsRelaxedEnvVarName)", Since: 32); // RelaxedEnvironmentVariableValidation beta, on, in 1.32; GA 1.34
    private static readonly ValidationSource EnvFromPrefixStrict = new(Core, "ValidateEnvFrom (validation.IsEnvVarName)", Since: 8, Until: 31);
    private static readonly ValidationSource EnvFromPrefixRelaxed = new(Core, "ValidateEnvFrom (validation.IsRelaxedEnvVarName)", Since: 32);
    private static readonly ValidationSource KeySelectorName = new(Core, "validateConfigMapKeySelector, validateSecretKeySelector (NameIsDNSSubdomain)");
    private static readonly ValidationSource KeySelectorKey = new(Core, "validateConfigMapKeySelector, validateSecretKeySelector (validation.IsConfigMapKey)");
    private static readonly ValidationSource ServiceAccountName = new(Core, "ValidatePodSpec (ValidateServiceAccountName)");
    private static readonly ValidationSource NodeName = new(Core, "ValidatePodSpec (ValidateNodeName)");
    private static readonly ValidationSource Hostname = new(Core, "ValidatePodSpec (ValidateDNS1123Label)");
    private static readonly ValidationSource Subdomain = new(Core, "ValidatePodSpec (ValidateDNS1123Label)");
    private static readonly ValidationSource PriorityClassName = new(Core, "ValidatePodSpec (ValidatePriorityClassName)", Since: 11); // forbidden while PodPriority was off (1.8-1.10)
    private static readonly ValidationSource RuntimeClassName = new(Core, "ValidatePodSpec (ValidateRuntimeClassName)", Since: 14); // dropped while RuntimeClass was off (1.12-1.13)
    // ephemeral-storage joins cpu and memory in 1.8 (the earliest sources read); hugepages-<size> names are never reported.
    private static readonly ValidationSource ContainerResourceName = new(Core, "ValidateResourceRequirements (validateContainerResourceName, IsStandardContainerResourceName)", Since: 8);
    private static readonly ValidationSource ServicePortName = new(Core, "validateServicePort (ValidateDNS1123Label)");
    private static readonly ValidationSource ConfigMapDataKey = new(Core, "ValidateConfigMap (validation.IsConfigMapKey)");
    private static readonly ValidationSource ConfigMapBinaryDataKey = new(Core, "ValidateConfigMap (validation.IsConfigMapKey)", Since: 10); // binaryData is 1.10's
    private static readonly ValidationSource SecretDataKey = new(Core, "ValidateSecret (validation.IsConfigMapKey)");
    private static readonly ValidationSource IngressHost = new(Networking, "validateIngressRules (IsDNS1123Subdomain, not an IP address)");
    private static readonly ValidationSource IngressWildcardHost = new(Networking, "validateIngressRules (IsWildcardDNS1123Subdomain)", Since: 8);
    private static readonly ValidationSource IngressTlsHost = new(Networking, "validateIngressTLS (IsDNS1123Subdomain, IsWildcardDNS1123Subdomain)", Since: 8);
    private static readonly ValidationSource IngressClassName = new(Networking, "ValidateIngressSpec (ValidateIngressClassName)", Since: 18);
    private static readonly ValidationSource IngressBackendService = new(Networking, "validateIngressBackend (ValidateServiceName)");

    /// <summary>From 1.19 the internal Ingress type (which the apiserver validates and names in its paths)
    /// holds <c>defaultBackend</c> and <c>service.name</c>/<c>service.port</c> for every served version.</summary>
    private const int IngressV1InternalSince = 19;

    private static readonly string[] Kinds =
        ["Pod", "PodTemplate", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job", "CronJob", "Service", "ConfigMap", "Secret", "Ingress", "PriorityClass"];

    private static readonly FieldPath ServicePorts = FieldPath.Parse("spec.ports");
    private static readonly FieldPath IngressSpec = FieldPath.Root("spec");

    private static readonly string[] DefaultBackends = ["backend", "defaultBackend"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(Analyze, Kinds);
        context.RegisterObjectAction(ctx => BuiltInKindChecks.Report(ctx, Rule, ApiserverProblem.InvalidName), BuiltInKindChecks.Kinds);
        context.RegisterObjectAction(ctx => Validation.Pods.PodSpecChecks.Report(ctx, Rule, ApiserverProblem.InvalidName), Validation.Pods.PodSpecChecks.Kinds);
        context.RegisterObjectAction(ctx => Validation.Meta.ObjectMetaChecks.ReportNamespace(ctx, Rule));
        context.RegisterObjectAction(ReportAutoscaler, "HorizontalPodAutoscaler");
        context.RegisterObjectAction(ctx => Validation.Meta.ObjectMetaChecks.ReportFinalizers(ctx, Rule));
        context.RegisterObjectAction(ctx => SchedulingChecks.Report(ctx, Rule, ApiserverProblem.InvalidName), SchedulingChecks.Kinds);
    }

    /// <summary>pkg/apis/autoscaling/validation/validation.go: ValidateCrossVersionObjectReference's path-segment names (see <see cref="AutoscalerSpecChecks"/>).</summary>
    private static void ReportAutoscaler(ObjectAnalysisContext ctx)
    {
        foreach (var finding in AutoscalerSpecChecks.Of(ctx.Object, ctx.TargetMinor(), ApiserverProblem.InvalidName))
        {
            ctx.Report(Rule, finding.Node, finding.Path, finding.Wording, finding.Fix);
        }
    }

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        var minor = ApiserverRules.TargetMinor(ctx);
        switch (obj.Kind)
        {
            case "PriorityClass":
                // pkg/apis/scheduling/validation/validation.go: ValidatePriorityClass (IsKnownSystemPriorityClass).
                if (SystemPriorityClasses.Is(obj) && SystemPriorityClasses.Source.AppliesTo(minor)
                    && obj.Root.GetMapping("metadata") is { } metadata && NameAt(metadata, "name") is { } className
                    && className.Value.StartsWith(SystemPriorityClasses.Prefix, StringComparison.Ordinal)
                    && SystemPriorityClasses.ReservedNameProblem(className.Value, obj.Root) is { } reserved)
                {
                    ctx.Report(Rule, className, FieldPath.Parse("metadata.name"),
                        $"Forbidden: priority class names with '{SystemPriorityClasses.Prefix}' prefix are reserved for system use only. error: {reserved}",
                        "name the class without the system- prefix (the two system classes exist in every cluster already)");
                }

                return;
            case "Service":
                if (obj.Group.Length == 0 && obj.Root.GetMapping("spec") is { } serviceSpec)
                {
                    CheckService(ctx, serviceSpec, minor);
                }

                return;
            case "ConfigMap":
                if (obj.Group.Length == 0)
                {
                    CheckConfigMap(ctx, minor);
                }

                return;
            case "Secret":
                if (obj.Group.Length == 0)
                {
                    CheckSecret(ctx);
                }

                return;
            case "Ingress":
                if (obj.Group is "extensions" or "networking.k8s.io" && obj.Root.GetMapping("spec") is { } ingressSpec)
                {
                    CheckIngress(ctx, ingressSpec, minor);
                }

                return;
        }

        foreach (var spec in PodSpecPaths.ValidatedOf(obj))
        {
            CheckPodSpec(ctx, spec, minor);
        }
    }

    private static void CheckPodSpec(ObjectAnalysisContext ctx, PodSpecAt spec, int minor)
    {
        var pod = spec.Spec;
        CheckField(ctx, pod, "serviceAccountName", spec.Path, ServiceAccountName, minor, Subdomain253, "name the ServiceAccount by its object name");
        CheckField(ctx, pod, "nodeName", spec.Path, NodeName, minor, Subdomain253, "name the Node by its object name, or leave scheduling to the scheduler");
        CheckField(ctx, pod, "hostname", spec.Path, Hostname, minor, Label63, "use lower-case letters, digits and '-', at most 63");
        CheckField(ctx, pod, "subdomain", spec.Path, Subdomain, minor, Label63, "use a single DNS label, the name of the headless Service");
        CheckField(ctx, pod, "priorityClassName", spec.Path, PriorityClassName, minor, Subdomain253, "name the PriorityClass by its object name");
        CheckField(ctx, pod, "runtimeClassName", spec.Path, RuntimeClassName, minor, Subdomain253, "name the RuntimeClass by its object name");
        CheckVolumes(ctx, spec, minor);
        foreach (var container in PodSpecPaths.Containers(spec))
        {
            CheckContainer(ctx, container, minor);
        }
    }

    private static void CheckVolumes(ObjectAnalysisContext ctx, PodSpecAt spec, int minor)
    {
        if (spec.Spec.GetSequence("volumes") is not { } volumes)
        {
            return;
        }

        for (var i = 0; i < volumes.Count; i++)
        {
            if (volumes.Items[i] is not YMapping volume || NameAt(volume, "name") is not { } name)
            {
                continue;
            }

            // A repeated name is KL1016's (duplicate entries).
            if (VolumeName.AppliesTo(minor) && Label63(name.Value) is { } reason)
            {
                Invalid(ctx, name, spec.Path.Child("volumes").Index(i).Child("name"), reason, "name the volume with lower-case letters, digits and '-', at most 63");
            }
        }
    }

    private static void CheckContainer(ObjectAnalysisContext ctx, ContainerAt container, int minor)
    {
        var source = container.Container.Role switch
        {
            ContainerRole.Init => InitContainerName,
            ContainerRole.Ephemeral => EphemeralContainerName,
            _ => ContainerName,
        };
        if (!source.AppliesTo(minor))
        {
            return; // the apiserver of this minor drops or ignores the list
        }

        var node = container.Node;
        CheckField(ctx, node, "name", container.Path, source, minor, Label63, "name the container with lower-case letters, digits and '-', at most 63");
        CheckPorts(ctx, node, container.Path, minor);
        CheckEnv(ctx, node, container.Path, minor);
        CheckEnvFrom(ctx, node, container.Path, minor);
        if (container.Container.Role != ContainerRole.Ephemeral)
        {
            CheckResourceNames(ctx, node, container.Path, minor); // an ephemeral container may not have resources at all
        }

        // Ports referred to by a string (probes, hooks) are values, KL1013's: this rule checks the names ports are given.
    }

    /// <summary>
    /// validateContainerResourceName: a name without a domain must be cpu, memory, ephemeral-storage or
    /// hugepages-&lt;size&gt;. Names with a '/' (extended resources) are left alone: when their checks
    /// (qualified name, extended resource name) arrived was not read, and the 1.9 sources skip them.
    /// </summary>
    private static void CheckResourceNames(ObjectAnalysisContext ctx, YMapping container, FieldPath path, int minor)
    {
        if (!ContainerResourceName.AppliesTo(minor) || container.GetMapping("resources") is not { } resources)
        {
            return;
        }

        foreach (var list in (ReadOnlySpan<string>)["limits", "requests"])
        {
            if (resources.GetMapping(list) is not { } quantities)
            {
                continue;
            }

            foreach (var entry in quantities.Entries)
            {
                var name = entry.Key.Value;
                if (name.Length == 0 || name.Contains('/') || name is "cpu" or "memory" or "ephemeral-storage"
                    || name.StartsWith("hugepages-", StringComparison.Ordinal) || YValues.IsPlaceholder(name))
                {
                    continue;
                }

                var lower = name.ToLowerInvariant();
                var fix = lower is "cpu" or "memory" or "ephemeral-storage" ? $"write it in lower case: {lower}"
                    : "use cpu, memory, ephemeral-storage or hugepages-<size>, or an extended resource with its domain (e.g. nvidia.com/gpu)";
                Invalid(ctx, entry.Key, path.Child("resources").Child(list).Key(name), "must be a standard resource for containers", fix);
            }
        }
    }

    private static void CheckPorts(ObjectAnalysisContext ctx, YMapping container, FieldPath path, int minor)
    {
        if (container.GetSequence("ports") is not { } ports || !ContainerPortName.AppliesTo(minor))
        {
            return;
        }

        for (var i = 0; i < ports.Count; i++)
        {
            if (ports.Items[i] is YMapping port && NameAt(port, "name") is { } name && KubernetesNames.CheckPortName(name.Value) is { } reason)
            {
                Invalid(ctx, name, path.Child("ports").Index(i).Child("name"), reason, "name the port with at most 15 lower-case letters, digits and '-', with at least one letter");
            }
        }
    }

    private static void CheckEnv(ObjectAnalysisContext ctx, YMapping container, FieldPath path, int minor)
    {
        if (container.GetSequence("env") is not { } env)
        {
            return;
        }

        for (var i = 0; i < env.Count; i++)
        {
            if (env.Items[i] is not YMapping variable)
            {
                continue;
            }

            if (NameAt(variable, "name") is { } name && EnvVarNameProblem(name.Value, minor, EnvNameCIdentifier, EnvNameStrict, EnvNameRelaxed) is { } reason)
            {
                Invalid(ctx, name, path.Child("env").Index(i).Child("name"), reason, EnvVarFix(minor));
            }

            if (variable.GetMapping("valueFrom") is { } valueFrom)
            {
                CheckKeySelector(ctx, valueFrom, "configMapKeyRef", path, i, minor, "ConfigMap");
                CheckKeySelector(ctx, valueFrom, "secretKeyRef", path, i, minor, "Secret");
            }
        }
    }

    private static void CheckKeySelector(ObjectAnalysisContext ctx, YMapping valueFrom, string field, FieldPath container, int index, int minor, string kind)
    {
        if (valueFrom.GetMapping(field) is not { } selector)
        {
            return;
        }

        if (NameAt(selector, "name") is { } name && KeySelectorName.AppliesTo(minor) && Subdomain253(name.Value) is { } nameReason)
        {
            Invalid(ctx, name, SelectorPath(container, index, field).Child("name"), nameReason, $"name the {kind} by its object name");
        }

        if (NameAt(selector, "key") is { } key && KeySelectorKey.AppliesTo(minor) && ConfigKey(key.Value) is { } keyReason)
        {
            Invalid(ctx, key, SelectorPath(container, index, field).Child("key"), keyReason, $"use a key of the {kind}: letters, digits, '-', '_' and '.'");
        }
    }

    private static FieldPath SelectorPath(FieldPath container, int index, string field) =>
        container.Child("env").Index(index).Child("valueFrom").Child(field);

    private static void CheckEnvFrom(ObjectAnalysisContext ctx, YMapping container, FieldPath path, int minor)
    {
        if (container.GetSequence("envFrom") is not { } sources)
        {
            return;
        }

        for (var i = 0; i < sources.Count; i++)
        {
            if (sources.Items[i] is YMapping source && NameAt(source, "prefix") is { } prefix
                && EnvVarNameProblem(prefix.Value, minor, null, EnvFromPrefixStrict, EnvFromPrefixRelaxed) is { } reason)
            {
                Invalid(ctx, prefix, path.Child("envFrom").Index(i).Child("prefix"), reason, EnvVarFix(minor));
            }
        }
    }

    private static void CheckService(ObjectAnalysisContext ctx, YMapping spec, int minor)
    {
        if (spec.GetSequence("ports") is not { } ports)
        {
            return;
        }

        var path = ServicePorts;
        for (var i = 0; i < ports.Count; i++)
        {
            if (ports.Items[i] is not YMapping port)
            {
                continue;
            }

            // Duplicate Service port names are KL3004's; a name missing where there are several ports, KL1011's.
            if (NameAt(port, "name") is { } name && ServicePortName.AppliesTo(minor) && Label63(name.Value) is { } reason)
            {
                Invalid(ctx, name, path.Index(i).Child("name"), reason, "name the port with lower-case letters, digits and '-', at most 63");
            }
        }
    }

    private static void CheckConfigMap(ObjectAnalysisContext ctx, int minor)
    {
        var root = ctx.Object.Root;
        var data = root.GetMapping("data");
        CheckKeys(ctx, data, "data", "data", ConfigMapDataKey, minor);
        if (root.GetMapping("binaryData") is not { } binary || !ConfigMapBinaryDataKey.AppliesTo(minor))
        {
            return;
        }

        // A key in both data and binaryData is KL1016's (duplicate entries).
        CheckKeys(ctx, binary, "binaryData", "binaryData", ConfigMapBinaryDataKey, minor);
    }

    private static void CheckSecret(ObjectAnalysisContext ctx)
    {
        // stringData is merged into data before validation, so its keys are reported as data's.
        var root = ctx.Object.Root;
        CheckKeys(ctx, root.GetMapping("data"), "data", "data", SecretDataKey, ApiserverRules.TargetMinor(ctx));
        CheckKeys(ctx, root.GetMapping("stringData"), "stringData", "data", SecretDataKey, ApiserverRules.TargetMinor(ctx));
    }

    private static void CheckKeys(ObjectAnalysisContext ctx, YMapping? map, string field, string pathField, ValidationSource source, int minor)
    {
        if (map is null || !source.AppliesTo(minor))
        {
            return;
        }

        foreach (var (key, _) in map.Entries)
        {
            if (!key.IsNull && !YValues.IsPlaceholder(key.Value) && ConfigKey(key.Value) is { } reason)
            {
                Invalid(ctx, key, FieldPath.Root(pathField).Key(key.Value), reason, $"rename the {field} key with letters, digits, '-', '_' and '.'");
            }
        }
    }

    private static void CheckIngress(ObjectAnalysisContext ctx, YMapping spec, int minor)
    {
        CheckField(ctx, spec, "ingressClassName", IngressSpec, IngressClassName, minor, Subdomain253, "name the IngressClass by its object name");
        if (spec.GetSequence("rules") is { } rules)
        {
            for (var i = 0; i < rules.Count; i++)
            {
                if (rules.Items[i] is YMapping rule && NameAt(rule, "host") is { } host && HostProblem(host.Value, minor, IngressHost, IngressWildcardHost) is { } reason)
                {
                    Invalid(ctx, host, IngressSpec.Child("rules").Index(i).Child("host"), reason, HostFix);
                }
            }
        }

        CheckIngressBackends(ctx, spec, minor);
        if (spec.GetSequence("tls") is not { } tls || !IngressTlsHost.AppliesTo(minor))
        {
            return;
        }

        for (var i = 0; i < tls.Count; i++)
        {
            if (tls.Items[i] is not YMapping entry || entry.GetSequence("hosts") is not { } hosts)
            {
                continue;
            }

            for (var j = 0; j < hosts.Count; j++)
            {
                if (hosts.Items[j] is YScalar host && IsName(host) && HostProblem(host.Value, minor, IngressTlsHost, IngressTlsHost) is { } reason)
                {
                    Invalid(ctx, host, IngressSpec.Child("tls").Index(i).Child("hosts").Index(j), reason, HostFix);
                }
            }
        }
    }

    /// <summary>The default backend and every path's backend: the Service name (a DNS-1035 label) and a port given by name.</summary>
    private static void CheckIngressBackends(ObjectAnalysisContext ctx, YMapping spec, int minor)
    {
        var internalV1 = minor >= IngressV1InternalSince;
        foreach (var key in DefaultBackends)
        {
            if (spec.GetMapping(key) is { } backend)
            {
                CheckIngressBackend(ctx, backend, IngressSpec, internalV1 ? "defaultBackend" : "backend", -1, -1, internalV1, minor);
            }
        }

        if (spec.GetSequence("rules") is not { } rules)
        {
            return;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (rules.Items[i] is not YMapping rule || rule.MappingAt("http")?.GetSequence("paths") is not { } paths)
            {
                continue;
            }

            for (var j = 0; j < paths.Count; j++)
            {
                if (paths.Items[j] is YMapping path && path.GetMapping("backend") is { } backend)
                {
                    CheckIngressBackend(ctx, backend, IngressSpec, "rules", i, j, internalV1, minor);
                }
            }
        }
    }

    private static void CheckIngressBackend(ObjectAnalysisContext ctx, YMapping backend, FieldPath spec, string field, int rule, int path, bool internalV1, int minor)
    {
        // networking.k8s.io/v1: service.name; extensions/v1beta1 and networking.k8s.io/v1beta1: serviceName.
        // A port named by a string is a value, KL1013's.
        var service = backend.GetMapping("service") is { } v1 ? NameAt(v1, "name") : NameAt(backend, "serviceName");

        if (service is not null && IngressBackendService.AppliesTo(minor) && KubernetesNames.CheckDns1035Label(service.Value) is not null)
        {
            var reason = service.Value.Length > LabelMax ? $"must be no more than {LabelMax} characters"
                : "must be a DNS-1035 label: lower-case letters, digits and '-', beginning with a letter and ending with a letter or digit";
            var at = internalV1 ? BackendPath(spec, field, rule, path).Child("service").Child("name") : BackendPath(spec, field, rule, path).Child("serviceName");
            Invalid(ctx, service, at, reason, "name the Service by its object name");
        }
    }

    private static FieldPath BackendPath(FieldPath spec, string field, int rule, int path) =>
        rule < 0 ? spec.Child(field) : spec.Child(field).Index(rule).Child("http").Child("paths").Index(path).Child("backend");

    private const string HostFix = "write a DNS name such as shop.example.com, or *.example.com for a wildcard";

    /// <summary>Why an Ingress host is rejected: an IP address, a malformed wildcard, or not a DNS subdomain.</summary>
    private static string? HostProblem(string host, int minor, ValidationSource plain, ValidationSource wildcard)
    {
        if (host.Contains('*'))
        {
            if (!wildcard.AppliesTo(minor))
            {
                return null;
            }

            return host.Length > SubdomainMax ? $"must be no more than {SubdomainMax} characters"
                : host.StartsWith("*.", StringComparison.Ordinal) && KubernetesNames.CheckDns1123Subdomain(host[2..]) is null ? null
                : "a wildcard host must be '*.' followed by a DNS-1123 subdomain (only the first label may be '*')";
        }

        return !plain.AppliesTo(minor) ? null
            : IsIPv4(host) || (host.Contains(':') && IPAddress.TryParse(host, out var ip) && ip.AddressFamily == AddressFamily.InterNetworkV6) ? "must be a DNS name, not an IP address"
            : Subdomain253(host);
    }

    /// <summary>Four dot-separated decimal numbers of 0–255 (leading zeros allowed, as Go's ParseIP allowed them).</summary>
    private static bool IsIPv4(string value)
    {
        var parts = 0;
        var number = -1;
        foreach (var c in value)
        {
            if (c == '.')
            {
                if (number < 0)
                {
                    return false;
                }

                parts++;
                number = -1;
            }
            else if (char.IsAsciiDigit(c))
            {
                number = (number < 0 ? 0 : number * 10) + (c - '0');
                if (number > 255)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        return parts == 3 && number >= 0;
    }

    /// <summary>Checks the string scalar <paramref name="key"/> of <paramref name="owner"/> with <paramref name="check"/>.</summary>
    private static void CheckField(ObjectAnalysisContext ctx, YMapping owner, string key, FieldPath ownerPath, ValidationSource source, int minor, Func<string, string?> check, string fix)
    {
        if (NameAt(owner, key) is { } value && source.AppliesTo(minor) && check(value.Value) is { } reason)
        {
            Invalid(ctx, value, ownerPath.Child(key), reason, fix);
        }
    }

    private static void Invalid(ObjectAnalysisContext ctx, YScalar node, FieldPath path, string reason, string fix) =>
        ctx.Report(Rule, node, path, $"Invalid value: \"{node.Value}\": {reason}", fix);

    /// <summary>The value of <paramref name="key"/> when it is a non-empty string that is not a template
    /// placeholder: null, numbers and booleans are KL1003's or defaulted, placeholders KL2009's.</summary>
    private static YScalar? NameAt(YMapping owner, string key) =>
        owner[key] is YScalar scalar && IsName(scalar) ? scalar : null;

    private static bool IsName(YScalar scalar) => scalar.Value.Length > 0 && ApiserverRules.WrittenText(scalar) is not null;

    private static string? Label63(string value) =>
        value.Length > LabelMax ? $"must be no more than {LabelMax} characters"
        : KubernetesNames.CheckDns1123Label(value) is null ? null
        : "must be a DNS-1123 label: lower-case letters, digits and '-', beginning and ending with a letter or digit";

    private static string? Subdomain253(string value) =>
        value.Length > SubdomainMax ? $"must be no more than {SubdomainMax} characters"
        : KubernetesNames.CheckDns1123Subdomain(value) is null ? null
        : "must be a DNS-1123 subdomain: dot-separated labels of lower-case letters, digits and '-', each beginning and ending with a letter or digit";

    /// <summary>apimachinery's <c>IsConfigMapKey</c>: at most 253 of <c>[-._a-zA-Z0-9]</c>, not <c>.</c>, <c>..</c> or <c>..</c>-prefixed.</summary>
    private static string? ConfigKey(string value)
    {
        if (value.Length > SubdomainMax)
        {
            return $"must be no more than {SubdomainMax} characters";
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                return "must consist of letters, digits, '-', '_' and '.'";
            }
        }

        return DotPrefixProblem(value);
    }

    /// <summary>apimachinery's <c>hasChDirPrefix</c>.</summary>
    private static string? DotPrefixProblem(string value) =>
        value == "." ? "must not be '.'"
        : value == ".." ? "must not be '..'"
        : value.StartsWith("..", StringComparison.Ordinal) ? "must not start with '..'"
        : null;

    /// <summary>The environment variable name rule of the target minor: a C identifier up to 1.7,
    /// <c>IsEnvVarName</c> from 1.8, any printable ASCII but '=' from 1.32.</summary>
    private static string? EnvVarNameProblem(string value, int minor, ValidationSource? cIdentifier, ValidationSource strict, ValidationSource relaxed)
    {
        if (relaxed.AppliesTo(minor))
        {
            foreach (var c in value)
            {
                if (c is < ' ' or > '~' or '=')
                {
                    return "may contain only printable ASCII characters other than '='";
                }
            }

            return null;
        }

        if (strict.AppliesTo(minor))
        {
            if (char.IsAsciiDigit(value[0]))
            {
                return "must not start with a digit";
            }

            foreach (var c in value)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '.' or '_'))
                {
                    return "must consist of letters, digits, '_', '-' and '.'";
                }
            }

            return DotPrefixProblem(value);
        }

        if (cIdentifier?.AppliesTo(minor) == true)
        {
            if (char.IsAsciiDigit(value[0]))
            {
                return "must be a C identifier, which does not start with a digit";
            }

            foreach (var c in value)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                {
                    return "must be a C identifier: letters, digits and '_'";
                }
            }
        }

        return null;
    }

    private static string EnvVarFix(int minor) =>
        EnvNameRelaxed.AppliesTo(minor) ? "drop the '=' and any character outside printable ASCII"
        : EnvNameStrict.AppliesTo(minor) ? "use letters, digits, '_', '-' and '.', not starting with a digit"
        : "use letters, digits and '_', not starting with a digit";
}
