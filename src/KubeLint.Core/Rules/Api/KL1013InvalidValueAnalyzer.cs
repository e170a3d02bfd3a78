using System.Collections.Immutable;
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
/// KL1013: a value whose syntax the apiserver refuses: a malformed quantity or base64 string (found by the
/// shared schema walk, <see cref="FieldChecks"/>), a cron schedule or time zone a CronJob cannot use, an IP
/// address or CIDR that is none, a downward API field the pod cannot expose, a volume path that climbs
/// out of its volume, a named port that is no port name, a percentage that is none.
/// </summary>
internal sealed class KL1013InvalidValueAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = ApiserverRules.Create("KL1013", "Invalid value");

    private const string CoreValidation = "pkg/apis/core/validation/validation.go";
    private const string AppsValidation = "pkg/apis/apps/validation/validation.go";

    // Where each check comes from and the minors that enforce it.
    private static readonly ValidationSource Schedule = new("pkg/apis/batch/validation/validation.go", "validateScheduleFormat");
    private static readonly ValidationSource ScheduleTimeZone = new("pkg/apis/batch/validation/validation.go", "validateScheduleFormat (kubernetes#116252)", Since: 29);
    private static readonly ValidationSource TimeZone = new("pkg/apis/batch/validation/validation.go", "validateTimeZone", Since: 25);
    private static readonly ValidationSource HostAliasIp = new(CoreValidation, "validateHostAliases", Since: 7);
    private static readonly ValidationSource ServiceIps = new(CoreValidation, "ValidateService");
    private static readonly ValidationSource EndpointIp = new(CoreValidation, "validateEndpointAddress");
    private static readonly ValidationSource IpBlock = new("pkg/apis/networking/validation/validation.go", "ValidateIPBlock", Since: 8);
    private static readonly ValidationSource NetworkPolicyPort = new("pkg/apis/networking/validation/validation.go", "ValidateNetworkPolicyPort");
    private static readonly ValidationSource IngressPort = new("pkg/apis/networking/validation/validation.go (extensions before 1.14)", "validateIngressBackend");
    private static readonly ValidationSource IngressPathAbsolute = new("pkg/apis/networking/validation/validation.go (extensions before 1.14)", "validateHTTPIngressPath (validateHTTPIngressRuleValue before 1.18)");
    private static readonly ValidationSource IngressPathOfType = new("pkg/apis/networking/validation/validation.go", "validateHTTPIngressPath (Exact and Prefix paths)", Since: 18); // pathType is new in 1.18

    // validateHTTPIngressPath's invalidPathSequences and invalidPathSuffixes: directory traversal in Exact and Prefix paths.
    private static readonly string[] InvalidPathSequences = ["//", "/./", "/../", "%2f", "%2F"];
    private static readonly string[] InvalidPathSuffixes = ["/..", "/."];
    private static readonly ValidationSource ServiceCidr = new("pkg/apis/networking/validation/validation.go", "ValidateServiceCIDR");
    private static readonly ValidationSource EnvFieldRef = new(CoreValidation, "validateEnvVarValueFrom / validateObjectFieldSelector");
    private static readonly ValidationSource VolumeFieldRef = new(CoreValidation, "validateDownwardAPIVolumeFile / validateObjectFieldSelector");
    private static readonly ValidationSource ResourceFieldRef = new(CoreValidation, "validateContainerResourceFieldSelector");
    private static readonly ValidationSource SubPath = new(CoreValidation, "ValidateVolumeMounts / validateLocalDescendingPath", Since: 7);
    private static readonly ValidationSource ImageWhitespace = new(CoreValidation, "validateContainersOnlyForPod (kubernetes#47491)", Since: 8);
    private static readonly ValidationSource ItemPath = new(CoreValidation, "validateKeyToPath, validateDownwardAPIVolumeFile / validateLocalNonReservedPath");
    private static readonly ValidationSource HandlerPort = new(CoreValidation, "validateHTTPGetAction, validateTCPSocketAction");
    private static readonly ValidationSource TargetPort = new(CoreValidation, "ValidateService");
    // Extended resources (a domain other than kubernetes.io) came in 1.8; their integer rule is read at 1.9.
    private static readonly ValidationSource ExtendedResourceInteger = new(CoreValidation, "ValidateResourceRequirements (ValidateResourceQuantityValue, IsIntegerResourceName)", Since: 9);
    private static readonly ValidationSource Percent = new(AppsValidation, "ValidatePositiveIntOrPercent");

    private const string IpWording = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
    private const string CidrWording = "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)";
    private const string PercentWording = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

    // Every field the downward API converts (pkg/apis/core/pods/helpers.go: ConvertDownwardAPIFieldLabel); others are refused outright.
    private static readonly string[] ConvertibleFields =
    [
        "metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid", "spec.host", "spec.nodeName",
        "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.phase", "status.podIP", "status.podIPs",
    ];

    private static readonly string[] VolumeFields = ["metadata.annotations", "metadata.labels", "metadata.name", "metadata.namespace", "metadata.uid"];
    private static readonly string[] ContainerResources = ["limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"];
    private static readonly string[] Probes = ["livenessProbe", "readinessProbe", "startupProbe"];
    private static readonly string[] ItemSources = ["configMap", "secret", "downwardAPI"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    // Every kind: quantities and base64 fields are anywhere.
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(Analyze);
        context.RegisterObjectAction(ctx => BuiltInKindChecks.Report(ctx, Rule, ApiserverProblem.InvalidValue), BuiltInKindChecks.Kinds);
        context.RegisterObjectAction(ctx => Validation.Pods.PodSpecChecks.Report(ctx, Rule, ApiserverProblem.InvalidValue), Validation.Pods.PodSpecChecks.Kinds);
        context.RegisterObjectAction(ctx => SchedulingChecks.Report(ctx, Rule, ApiserverProblem.InvalidValue), SchedulingChecks.Kinds);
    }

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        foreach (var finding in FieldChecks.For(ctx, obj, FieldProblem.MalformedValue))
        {
            ctx.Report(Rule, finding.Node, finding.Message, finding.Wording, finding.Fix);
        }

        var minor = ApiserverRules.TargetMinor(ctx);
        var root = obj.Root;
        switch (obj.Kind)
        {
            case "Service":
                CheckService(ctx, root);
                break;
            case "NetworkPolicy":
                CheckNetworkPolicy(ctx, root);
                break;
            case "Endpoints":
                CheckEndpoints(ctx, root);
                break;
            case "Ingress":
                CheckIngress(ctx, root);
                break;
            case "ServiceCIDR":
                // ValidateServiceCIDR: each of spec.cidrs a CIDR (the kind exists from 1.29).
                EachText(root.GetMapping("spec")?.GetSequence("cidrs"), FieldPath.Root("spec").Child("cidrs"), (item, path) =>
                {
                    if (ServiceCidr.AppliesTo(minor) && !IpAddresses.IsCidr(item.Value))
                    {
                        Invalid(ctx, item, path, CidrWording, "give the range services take their IPs from, such as 10.96.0.0/16");
                    }
                });
                break;
            case "PodDisruptionBudget":
                CheckPercent(ctx, root.GetMapping("spec"), FieldPath.Root("spec"), "minAvailable");
                CheckPercent(ctx, root.GetMapping("spec"), FieldPath.Root("spec"), "maxUnavailable");
                break;
            case "Deployment":
                CheckRollingUpdate(ctx, root, "strategy");
                break;
            case "DaemonSet":
                CheckRollingUpdate(ctx, root, "updateStrategy");
                break;
            case "CronJob":
                CheckCronJob(ctx, root, minor);
                break;
        }

        if (Array.IndexOf(PodTemplates.WorkloadKinds, obj.Kind) >= 0)
        {
            foreach (var spec in PodSpecPaths.ValidatedOf(obj))
            {
                CheckPodSpec(ctx, spec, minor, obj.Kind == "Pod");
            }
        }
    }

    /// <summary>A string value worth checking: not null, not a number or boolean (KL1003's), not a placeholder.</summary>
    private static YScalar? Text(YNode? node) => ApiserverRules.WrittenText(node);

    private static void Invalid(ObjectAnalysisContext ctx, YScalar node, FieldPath path, string detail, string fix) =>
        ctx.Report(Rule, node, path, $"Invalid value: \"{node.Value}\": {detail}", fix);

    // --- CronJob -------------------------------------------------------------------------------

    private static void CheckCronJob(ObjectAnalysisContext ctx, YMapping root, int minor)
    {
        if (root.GetMapping("spec") is not { } spec)
        {
            return;
        }

        var specPath = FieldPath.Root("spec");
        if (Text(spec["schedule"]) is { Value.Length: > 0 } schedule)
        {
            // pkg/apis/batch/validation/validation.go: validateScheduleFormat (robfig/cron ParseStandard), every minor.
            if (Schedule.AppliesTo(minor) && CronSchedule.Check(schedule.Value, minor) is { } error)
            {
                Invalid(ctx, schedule, specPath.Child("schedule"), error, "write five fields (minute hour day-of-month month day-of-week) or a descriptor such as @daily");
            }

            // validateScheduleFormat: "TZ" anywhere in the schedule, refused on create from 1.29 (kubernetes#116252).
            if (ScheduleTimeZone.AppliesTo(minor) && schedule.Value.Contains("TZ", StringComparison.Ordinal))
            {
                Invalid(ctx, schedule, specPath.Child("schedule"), "cannot use TZ or CRON_TZ in schedule, use timeZone field instead", "remove the TZ=/CRON_TZ= prefix and set spec.timeZone");
            }
        }

        // validateTimeZone, from 1.25 (CronJobTimeZone beta; at 1.24 the alpha field is dropped unless enabled): time.LoadLocation
        // must find the name in the apiserver's tz database (its host's zoneinfo or the copy in the binary), and "Local",
        // the apiserver's own zone, is refused by name. The names are the IANA database's (TimeZoneNames, generated by
        // tools/TimeZones/generate.sh), so the host running KubeLint needs no tzdata.
        if (TimeZone.AppliesTo(minor) && Text(spec["timeZone"]) is { Value.Length: > 0 } timeZone)
        {
            if (timeZone.Value.Equals("Local", StringComparison.OrdinalIgnoreCase))
            {
                Invalid(ctx, timeZone, specPath.Child("timeZone"), "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones",
                    "name the zone the schedule is meant in, such as Etc/UTC or Europe/Paris");
            }
            else if (!IsKnownTimeZone(timeZone.Value))
            {
                Invalid(ctx, timeZone, specPath.Child("timeZone"), $"unknown time zone {timeZone.Value}", TimeZoneFix(timeZone.Value));
            }
        }
    }

    /// <summary>time.LoadLocation's names: UTC (built in) and the zones and links of the tz database.</summary>
    private static bool IsKnownTimeZone(string name) =>
        name == "UTC" || Array.BinarySearch(TimeZoneNames.All, name, StringComparer.Ordinal) >= 0;

    /// <summary>The fix for an unknown zone: the closest name (names are case-sensitive), else an example.</summary>
    private static string TimeZoneFix(string name) =>
        Suggestions.Closest(name, TimeZoneNames.All) is { } close
            ? $"did you mean {close}? Use an IANA time zone name (tz database {TimeZoneNames.Version}); names are case-sensitive"
            : $"use an IANA time zone name such as Etc/UTC or Europe/Paris (tz database {TimeZoneNames.Version})";

    // --- Networking ------------------------------------------------------------------------------

    private static void CheckService(ObjectAnalysisContext ctx, YMapping root)
    {
        if (root.GetMapping("spec") is not { } spec)
        {
            return;
        }

        // pkg/apis/core/validation/validation.go: ValidateService, every minor: clusterIP(s) "", None or an IP;
        // externalIPs IPs; loadBalancerSourceRanges CIDRs (spaces around them tolerated).
        var specPath = FieldPath.Root("spec");
        if (!ServiceIps.AppliesTo(ApiserverRules.TargetMinor(ctx)))
        {
            return;
        }

        if (Text(spec["clusterIP"]) is { Value: not ("" or "None") } clusterIp && !IpAddresses.IsIp(clusterIp.Value))
        {
            Invalid(ctx, clusterIp, specPath.Child("clusterIP"), IpWording, "leave it empty to have one allocated, write None for a headless Service, or give an IP address");
        }

        // clusterIPs exists from 1.20 (KL1001 before).
        EachText(ApiserverRules.TargetMinor(ctx) >= 20 ? spec.GetSequence("clusterIPs") : null, specPath.Child("clusterIPs"), (item, path) =>
        {
            if (item.Value is not ("" or "None") && !IpAddresses.IsIp(item.Value))
            {
                Invalid(ctx, item, path, IpWording, "give IP addresses, or None for a headless Service");
            }
        });
        EachText(spec.GetSequence("externalIPs"), specPath.Child("externalIPs"), (item, path) =>
        {
            if (!IpAddresses.IsIp(item.Value))
            {
                Invalid(ctx, item, path, IpWording, "give IP addresses, one per item");
            }
        });
        EachText(spec.GetSequence("loadBalancerSourceRanges"), specPath.Child("loadBalancerSourceRanges"), (item, path) =>
        {
            if (!IpAddresses.IsCidr(item.Value.Trim()))
            {
                Invalid(ctx, item, path, CidrWording, "give address ranges such as 203.0.113.0/24, one per item");
            }
        });

        // ValidateService: a string targetPort must be an IANA port name, every minor. Empty defaults to the port.
        if (spec.GetSequence("ports") is { } ports)
        {
            for (var i = 0; i < ports.Count; i++)
            {
                if (ports.Items[i] is YMapping port && Text(port["targetPort"]) is { Value.Length: > 0 } target && TargetPort.AppliesTo(ApiserverRules.TargetMinor(ctx))
                    && KubernetesNames.CheckPortName(target.Value) is { } problem)
                {
                    Invalid(ctx, target, specPath.Child("ports").Index(i).Child("targetPort"), problem, PortNameFix(target.Value));
                }
            }
        }
    }

    private static string PortNameFix(string value) =>
        value.Length > 0 && ApiserverRules.AllDigits(value.AsSpan())
            ? $"write the number unquoted (targetPort: {value}) or name a container port"
            : "name a container port (at most 15 lower-case letters, digits and '-') or give its number";

    private static void CheckNetworkPolicy(ObjectAnalysisContext ctx, YMapping root)
    {
        if (root.GetMapping("spec") is not { } spec)
        {
            return;
        }

        var specPath = FieldPath.Root("spec");
        CheckPolicyRules(ctx, spec.GetSequence("ingress"), specPath.Child("ingress"), "from");
        CheckPolicyRules(ctx, spec.GetSequence("egress"), specPath.Child("egress"), "to");
    }

    private static void CheckPolicyRules(ObjectAnalysisContext ctx, YSequence? rules, FieldPath rulesPath, string peersKey)
    {
        if (rules is null)
        {
            return;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (rules.Items[i] is not YMapping rule)
            {
                continue;
            }

            var rulePath = rulesPath.Index(i);
            if (rule.GetSequence(peersKey) is { } peers)
            {
                for (var j = 0; j < peers.Count; j++)
                {
                    if (peers.Items[j] is YMapping peer && peer.GetMapping("ipBlock") is { } block && IpBlock.AppliesTo(ApiserverRules.TargetMinor(ctx)))
                    {
                        // pkg/apis/networking/validation/validation.go: ValidateIPBlock, every minor that has ipBlock.
                        var blockPath = rulePath.Child(peersKey).Index(j).Child("ipBlock");
                        if (Text(block["cidr"]) is { } cidr && !IpAddresses.IsCidr(cidr.Value))
                        {
                            Invalid(ctx, cidr, blockPath.Child("cidr"), CidrWording, "give an address range such as 10.0.0.0/16");
                        }

                        EachText(block.GetSequence("except"), blockPath.Child("except"), (item, path) =>
                        {
                            if (!IpAddresses.IsCidr(item.Value))
                            {
                                Invalid(ctx, item, path, CidrWording, "give address ranges such as 10.0.5.0/24, one per item");
                            }
                        });
                    }
                }
            }

            // ValidateNetworkPolicyPort: a string port must be an IANA port name, every minor.
            if (rule.GetSequence("ports") is { } ports)
            {
                for (var j = 0; j < ports.Count; j++)
                {
                    if (ports.Items[j] is YMapping port && Text(port["port"]) is { Value.Length: > 0 } name && NetworkPolicyPort.AppliesTo(ApiserverRules.TargetMinor(ctx))
                        && KubernetesNames.CheckPortName(name.Value) is { } problem)
                    {
                        Invalid(ctx, name, rulePath.Child("ports").Index(j).Child("port"), problem, PortNameFix(name.Value).Replace("targetPort", "port", StringComparison.Ordinal));
                    }
                }
            }
        }
    }

    /// <summary>validateIngressBackend: a backend's port given by name must be an IANA port name, at every
    /// minor: v1beta1's string <c>servicePort</c> (converted to the port name), v1's <c>service.port.name</c>.</summary>
    private static void CheckIngress(ObjectAnalysisContext ctx, YMapping root)
    {
        if (root.GetMapping("spec") is not { } spec || !IngressPort.AppliesTo(ApiserverRules.TargetMinor(ctx)))
        {
            return;
        }

        var specPath = FieldPath.Root("spec");
        CheckBackend(ctx, spec.GetMapping("backend"), specPath.Child("backend"));
        CheckBackend(ctx, spec.GetMapping("defaultBackend"), specPath.Child("defaultBackend"));
        if (spec.GetSequence("rules") is not { } rules)
        {
            return;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (rules.Items[i] is YMapping rule && rule.GetMapping("http")?.GetSequence("paths") is { } paths)
            {
                for (var j = 0; j < paths.Count; j++)
                {
                    if (paths.Items[j] is YMapping path)
                    {
                        var pathPath = specPath.Child("rules").Index(i).Child("http").Child("paths").Index(j);
                        CheckBackend(ctx, path.GetMapping("backend"), pathPath.Child("backend"));
                        CheckIngressPath(ctx, path, pathPath);
                    }
                }
            }
        }
    }

    /// <summary>
    /// validateHTTPIngressPath: an Exact or Prefix path (1.18+) must start with '/' and hold no traversal
    /// ("//", "/./", "/../", "%2f", a trailing "/." or "/.."); an ImplementationSpecific one (the type
    /// v1beta1 defaults to, and every path before 1.18) must start with '/' when it is not empty. A v1 path
    /// without pathType is KL1011's, and the apiserver checks nothing else of it.
    /// </summary>
    private static void CheckIngressPath(ObjectAnalysisContext ctx, YMapping path, FieldPath pathPath)
    {
        var minor = ApiserverRules.TargetMinor(ctx);
        var typeNode = path["pathType"] as YScalar;
        var typed = IngressPathOfType.AppliesTo(minor) && typeNode is { IsNull: false };
        if (!typed && IngressPathOfType.AppliesTo(minor) && ctx.Object.ApiVersion == "networking.k8s.io/v1")
        {
            return;
        }

        if (typed && YValues.IsPlaceholder(typeNode!.Value))
        {
            return;
        }

        var exactOrPrefix = typed && typeNode!.Value is "Exact" or "Prefix";
        if (typed && !exactOrPrefix && typeNode!.Value != "ImplementationSpecific")
        {
            return; // an unknown type is KL1004's
        }

        var valueNode = path["path"] as YScalar;
        var value = valueNode is { IsNull: false } ? valueNode.Value : string.Empty;
        if (YValues.IsPlaceholder(value) || (valueNode is not null && !valueNode.IsNull && ScalarKinds.Classify(valueNode) != ScalarKind.String))
        {
            return;
        }

        var anchor = (YNode?)valueNode ?? (YNode?)path.GetKey("pathType") ?? path;
        if (!value.StartsWith('/') && (exactOrPrefix || value.Length > 0) && IngressPathAbsolute.AppliesTo(minor))
        {
            ctx.Report(Rule, anchor, pathPath.Child("path"), $"Invalid value: \"{value}\": must be an absolute path",
                value.Length == 0 ? "an Exact or Prefix path cannot be empty: write at least \"/\"" : $"start the path with '/' (/{value})");
            return;
        }

        if (!exactOrPrefix)
        {
            return;
        }

        foreach (var sequence in InvalidPathSequences)
        {
            if (value.Contains(sequence, StringComparison.Ordinal))
            {
                ctx.Report(Rule, anchor, pathPath.Child("path"), $"Invalid value: \"{value}\": must not contain '{sequence}'", "write the path without it");
            }
        }

        foreach (var suffix in InvalidPathSuffixes)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal))
            {
                ctx.Report(Rule, anchor, pathPath.Child("path"), $"Invalid value: \"{value}\": cannot end with '{suffix}'", "write the path without it");
            }
        }
    }

    private static void CheckBackend(ObjectAnalysisContext ctx, YMapping? backend, FieldPath path)
    {
        if (backend is null)
        {
            return;
        }

        var (node, nodePath) = backend.GetMapping("service")?.GetMapping("port") is { } port
            ? (Text(port["name"]), path.Child("service").Child("port").Child("name"))
            : (Text(backend["servicePort"]), path.Child("servicePort"));
        if (node is { Value.Length: > 0 } && KubernetesNames.CheckPortName(node.Value) is { } problem)
        {
            var digits = ApiserverRules.AllDigits(node.Value.AsSpan());
            Invalid(ctx, node, nodePath, problem, digits
                ? (nodePath.ToString().EndsWith(".name", StringComparison.Ordinal) ? $"give the number as port.number: {node.Value}" : $"write the number unquoted (servicePort: {node.Value})")
                : "name a port of the Service (at most 15 lower-case letters, digits and '-') or give its number");
        }
    }

    private static void CheckEndpoints(ObjectAnalysisContext ctx, YMapping root)
    {
        if (root.GetSequence("subsets") is not { } subsets)
        {
            return;
        }

        // pkg/apis/core/validation/validation.go: validateEndpointAddress, every minor.
        for (var i = 0; i < subsets.Count; i++)
        {
            if (subsets.Items[i] is not YMapping subset)
            {
                continue;
            }

            foreach (var list in (ReadOnlySpan<string>)["addresses", "notReadyAddresses"])
            {
                if (subset.GetSequence(list) is not { } addresses)
                {
                    continue;
                }

                for (var j = 0; j < addresses.Count; j++)
                {
                    if (addresses.Items[j] is YMapping address && Text(address["ip"]) is { } ip && EndpointIp.AppliesTo(ApiserverRules.TargetMinor(ctx)) && !IpAddresses.IsIp(ip.Value))
                    {
                        Invalid(ctx, ip, FieldPath.Root("subsets").Index(i).Child(list).Index(j).Child("ip"), IpWording, "give the endpoint's IP address");
                    }
                }
            }
        }
    }

    // --- Percentages -----------------------------------------------------------------------------

    /// <summary>The rolling update of a Deployment (<c>ValidateDeploymentStrategy</c>) or a DaemonSet
    /// (<c>ValidateDaemonSetUpdateStrategy</c>) is validated only when the strategy is RollingUpdate, the
    /// default of every Deployment and of apps DaemonSets; an extensions/v1beta1 DaemonSet defaults to OnDelete.</summary>
    private static void CheckRollingUpdate(ObjectAnalysisContext ctx, YMapping root, string strategyKey)
    {
        if (root.GetMapping("spec")?.GetMapping(strategyKey) is not { } strategy || strategy.GetMapping("rollingUpdate") is not { } rolling)
        {
            return;
        }

        var type = strategy["type"] is YScalar { IsNull: false } written ? written.Value : null;
        var rollingByDefault = strategyKey == "strategy" || ctx.Object.ApiVersion != "extensions/v1beta1";
        if (type == "RollingUpdate" || (type is null && rollingByDefault))
        {
            var path = FieldPath.Root("spec").Child(strategyKey).Child("rollingUpdate");
            CheckPercent(ctx, rolling, path, "maxUnavailable");

            // A DaemonSet's maxSurge exists from 1.21 (KL1001 before).
            if (strategyKey == "strategy" || ApiserverRules.TargetMinor(ctx) >= 21)
            {
                CheckPercent(ctx, rolling, path, "maxSurge");
            }
        }
    }

    /// <summary>pkg/apis/apps/validation/validation.go: ValidatePositiveIntOrPercent (used for PDBs by
    /// pkg/apis/policy/validation too), every minor: a string must be digits and '%'.</summary>
    private static void CheckPercent(ObjectAnalysisContext ctx, YMapping? owner, FieldPath ownerPath, string key)
    {
        if (owner is not null && Text(owner[key]) is { } value && Percent.AppliesTo(ApiserverRules.TargetMinor(ctx)) && !IsPercent(value.Value))
        {
            var digits = value.Value.Length > 0 && ApiserverRules.AllDigits(value.Value.AsSpan());
            Invalid(ctx, value, ownerPath.Child(key), PercentWording,
                digits ? $"write a count unquoted ({key}: {value.Value}) or a percentage (\"{value.Value}%\")" : "write a count (an integer) or a percentage such as \"25%\"");
        }
    }

    private static bool IsPercent(string text) =>
        text.Length > 1 && text[^1] == '%' && ApiserverRules.AllDigits(text.AsSpan(0, text.Length - 1));

    // --- Pod specs -------------------------------------------------------------------------------

    private static void CheckPodSpec(ObjectAnalysisContext ctx, PodSpecAt podSpec, int minor, bool isPod)
    {
        var spec = podSpec.Spec;

        // pkg/apis/core/validation/validation.go: validateHostAliases, every minor with hostAliases.
        if (spec.GetSequence("hostAliases") is { } aliases)
        {
            for (var i = 0; i < aliases.Count; i++)
            {
                if (aliases.Items[i] is YMapping alias && Text(alias["ip"]) is { } ip && HostAliasIp.AppliesTo(minor) && !IpAddresses.IsIp(ip.Value))
                {
                    Invalid(ctx, ip, podSpec.Path.Child("hostAliases").Index(i).Child("ip"), IpWording, "give the IP address the host names resolve to");
                }
            }
        }

        if (spec.GetSequence("volumes") is { } volumes)
        {
            for (var i = 0; i < volumes.Count; i++)
            {
                if (volumes.Items[i] is YMapping volume)
                {
                    CheckVolume(ctx, volume, podSpec.Path.Child("volumes").Index(i), minor);
                }
            }
        }

        foreach (var container in PodSpecPaths.Containers(podSpec))
        {
            CheckContainer(ctx, container, minor);

            // validateContainersOnlyForPod: a Pod's (init) container image must not start or end with
            // whitespace, from 1.8. Pod templates are exempt (the controller's pods fail later instead).
            if (isPod && container.Container.Role != ContainerRole.Ephemeral && ImageWhitespace.AppliesTo(minor)
                && container.Node["image"] is YScalar { IsNull: false } image && image.Value.Length > 0
                && (char.IsWhiteSpace(image.Value[0]) || char.IsWhiteSpace(image.Value[^1])))
            {
                Invalid(ctx, image, container.Path.Child("image"), "must not have leading or trailing whitespace", $"write the image without the surrounding spaces: {image.Value.Trim()}");
            }
        }
    }

    private static void CheckVolume(ObjectAnalysisContext ctx, YMapping volume, FieldPath path, int minor)
    {
        foreach (var source in ItemSources)
        {
            if (volume.GetMapping(source) is { } mapping)
            {
                CheckItems(ctx, mapping, path.Child(source), source == "downwardAPI", minor);
            }
        }

        if (volume.GetMapping("projected")?.GetSequence("sources") is { } sources)
        {
            for (var i = 0; i < sources.Count; i++)
            {
                if (sources.Items[i] is not YMapping projection)
                {
                    continue;
                }

                foreach (var source in ItemSources)
                {
                    if (projection.GetMapping(source) is { } mapping)
                    {
                        CheckItems(ctx, mapping, path.Child("projected").Child("sources").Index(i).Child(source), source == "downwardAPI", minor);
                    }
                }
            }
        }
    }

    private static void CheckItems(ObjectAnalysisContext ctx, YMapping source, FieldPath sourcePath, bool downward, int minor)
    {
        if (source.GetSequence("items") is not { } items)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items.Items[i] is not YMapping item)
            {
                continue;
            }

            var itemPath = sourcePath.Child("items").Index(i);

            // validateKeyToPath / validateDownwardAPIVolumeFile → validateLocalNonReservedPath, every minor.
            if (Text(item["path"]) is { Value.Length: > 0 } target && ItemPath.AppliesTo(minor) && PathProblem(target.Value, reserved: true) is { } problem)
            {
                Invalid(ctx, target, itemPath.Child("path"), problem, "give a file name relative to the mount point, without '..' (and not starting with '..')");
            }

            if (downward)
            {
                if (item.GetMapping("fieldRef") is { } fieldRef)
                {
                    CheckFieldPath(ctx, fieldRef, itemPath.Child("fieldRef"), VolumeFieldRef, VolumeFields, minor);
                }

                if (item.GetMapping("resourceFieldRef") is { } resourceRef)
                {
                    CheckResource(ctx, resourceRef, itemPath.Child("resourceFieldRef"), minor);
                }
            }
        }
    }

    private static void CheckContainer(ObjectAnalysisContext ctx, ContainerAt container, int minor)
    {
        var node = container.Node;
        if (container.Container.Role != ContainerRole.Ephemeral && ExtendedResourceInteger.AppliesTo(minor) && node.GetMapping("resources") is { } resources)
        {
            CheckExtendedResources(ctx, resources, container.Path.Child("resources"));
        }

        if (node.GetSequence("env") is { } env)
        {
            for (var i = 0; i < env.Count; i++)
            {
                if (env.Items[i] is not YMapping variable || variable.GetMapping("valueFrom") is not { } valueFrom)
                {
                    continue;
                }

                var fromPath = container.Path.Child("env").Index(i).Child("valueFrom");
                if (valueFrom.GetMapping("fieldRef") is { } fieldRef)
                {
                    CheckFieldPath(ctx, fieldRef, fromPath.Child("fieldRef"), EnvFieldRef, EnvFields(minor), minor);
                }

                if (valueFrom.GetMapping("resourceFieldRef") is { } resourceRef)
                {
                    CheckResource(ctx, resourceRef, fromPath.Child("resourceFieldRef"), minor);
                }
            }
        }

        // ValidateVolumeMounts: subPath and subPathExpr relative and without '..'.
        if (node.GetSequence("volumeMounts") is { } mounts && SubPath.AppliesTo(minor))
        {
            for (var i = 0; i < mounts.Count; i++)
            {
                if (mounts.Items[i] is not YMapping mount)
                {
                    continue;
                }

                foreach (var key in (ReadOnlySpan<string>)["subPath", "subPathExpr"])
                {
                    // subPathExpr exists from 1.14; before, KL1001 speaks for it.
                    if ((key == "subPath" || minor >= 14) && Text(mount[key]) is { Value.Length: > 0 } sub && PathProblem(sub.Value, reserved: false) is { } problem)
                    {
                        Invalid(ctx, sub, container.Path.Child("volumeMounts").Index(i).Child(key), problem, "give a path inside the volume, relative and without '..'");
                    }
                }
            }
        }

        // validateHTTPGetAction / validateTCPSocketAction: a string port must be an IANA port name, every minor.
        foreach (var probe in Probes)
        {
            if (node.GetMapping(probe) is { } handler)
            {
                CheckHandlerPorts(ctx, handler, container.Path.Child(probe), minor);
            }
        }

        if (node.GetMapping("lifecycle") is { } lifecycle)
        {
            foreach (var hook in (ReadOnlySpan<string>)["postStart", "preStop"])
            {
                if (lifecycle.GetMapping(hook) is { } handler)
                {
                    CheckHandlerPorts(ctx, handler, container.Path.Child("lifecycle").Child(hook), minor);
                }
            }
        }
    }

    /// <summary>ValidateResourceQuantityValue: an extended resource (a name with a domain other than kubernetes.io,
    /// not prefixed requests.) is counted in whole units: its MilliValue must be a multiple of 1000.</summary>
    private static void CheckExtendedResources(ObjectAnalysisContext ctx, YMapping resources, FieldPath path)
    {
        foreach (var list in (ReadOnlySpan<string>)["limits", "requests"])
        {
            if (resources.GetMapping(list) is not { } quantities)
            {
                continue;
            }

            foreach (var entry in quantities.Entries)
            {
                var name = entry.Key.Value;
                if (!name.Contains('/') || name.Contains("kubernetes.io/", StringComparison.Ordinal) || name.StartsWith("requests.", StringComparison.Ordinal)
                    || entry.Value is not YScalar { IsNull: false } value || YValues.IsPlaceholder(value.Value) || !Quantity.TryParse(value.Value, out var quantity))
                {
                    continue;
                }

                // MilliValue rounds up; the tolerance keeps binary fractions (0.1 * 1000) from reading as a remainder.
                var milli = Math.Ceiling((quantity.Value * 1000) - 1e-6);
                if (Math.Abs(milli % 1000) > 1e-6)
                {
                    Invalid(ctx, value, path.Child(list).Key(name), "must be an integer", $"{name} is counted in whole devices: request 1 or more, without a fraction");
                }
            }
        }
    }

    private static void CheckHandlerPorts(ObjectAnalysisContext ctx, YMapping handler, FieldPath path, int minor)
    {
        foreach (var action in (ReadOnlySpan<string>)["httpGet", "tcpSocket"])
        {
            if (handler.GetMapping(action) is { } mapping && Text(mapping["port"]) is { Value.Length: > 0 } port
                && HandlerPort.AppliesTo(minor) && KubernetesNames.CheckPortName(port.Value) is { } problem)
            {
                Invalid(ctx, port, path.Child(action).Child("port"), problem, PortNameFix(port.Value).Replace("targetPort", "port", StringComparison.Ordinal));
            }
        }
    }

    /// <summary>
    /// pkg/apis/core/validation/validation.go: validateObjectFieldSelector. A subscript only on
    /// metadata.labels/annotations (its key is left to the name rules); any other path must be one of
    /// <paramref name="supported"/>. A path the converter does not know at all is refused with its own wording.
    /// </summary>
    private static void CheckFieldPath(ObjectAnalysisContext ctx, YMapping fieldRef, FieldPath refPath, ValidationSource source, string[] supported, int minor)
    {
        if (Text(fieldRef["fieldPath"]) is not { Value.Length: > 0 } node || !source.AppliesTo(minor))
        {
            return;
        }

        var text = node.Value;
        var path = refPath.Child("fieldPath");
        var open = text.IndexOf("['", StringComparison.Ordinal);
        if (text.EndsWith("']", StringComparison.Ordinal) && open > 0)
        {
            var field = text[..open];
            if (field is not ("metadata.labels" or "metadata.annotations"))
            {
                Invalid(ctx, node, path, $"error converting fieldPath: field label does not support subscript: {text}", "subscript only metadata.labels or metadata.annotations, e.g. metadata.labels['app']");
            }

            return;
        }

        if (Array.IndexOf(supported, text) >= 0)
        {
            return;
        }

        var fix = $"use one of {string.Join(", ", supported)}, or metadata.labels['key'] / metadata.annotations['key']";
        if (Array.IndexOf(ConvertibleFields, text) < 0)
        {
            Invalid(ctx, node, path, $"error converting fieldPath: field label not supported: {text}", fix);
        }
        else
        {
            ctx.Report(Rule, node, path, $"Unsupported value: \"{text}\": supported values: {Quoted(supported)}", fix);
        }
    }

    /// <summary>validEnvDownwardAPIFieldPathExpressions at <paramref name="minor"/>: status.podIPs from 1.16 (dual stack),
    /// status.hostIPs from 1.28 (PodHostIPs); spec.host is converted to spec.nodeName. Nothing older is taken away,
    /// so a field whose arrival is uncertain is accepted everywhere.</summary>
    private static string[] EnvFields(int minor) =>
        minor >= 28 ? EnvFieldsFrom28 : minor >= 16 ? EnvFieldsFrom16 : EnvFieldsBefore16;

    // Sorted, as the apiserver lists them.
    private static readonly string[] EnvFieldsBefore16 = ["metadata.name", "metadata.namespace", "metadata.uid", "spec.host", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.podIP"];
    private static readonly string[] EnvFieldsFrom16 = ["metadata.name", "metadata.namespace", "metadata.uid", "spec.host", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.podIP", "status.podIPs"];
    private static readonly string[] EnvFieldsFrom28 = ["metadata.name", "metadata.namespace", "metadata.uid", "spec.host", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"];

    /// <summary>validateContainerResourceFieldSelector: the six cpu/memory/ephemeral-storage limits and
    /// requests, or a hugepages one (prefix accepted at every minor).</summary>
    private static void CheckResource(ObjectAnalysisContext ctx, YMapping resourceRef, FieldPath refPath, int minor)
    {
        if (Text(resourceRef["resource"]) is { Value.Length: > 0 } node && ResourceFieldRef.AppliesTo(minor)
            && Array.IndexOf(ContainerResources, node.Value) < 0
            && !node.Value.StartsWith("requests.hugepages-", StringComparison.Ordinal) && !node.Value.StartsWith("limits.hugepages-", StringComparison.Ordinal))
        {
            ctx.Report(Rule, node, refPath.Child("resource"), $"Unsupported value: \"{node.Value}\": supported values: {Quoted(ContainerResources)}",
                "name a container resource such as limits.memory or requests.cpu");
        }
    }

    /// <summary>validateLocalDescendingPath (and validateLocalNonReservedPath when <paramref name="reserved"/>).</summary>
    private static string? PathProblem(string path, bool reserved)
    {
        if (path[0] == '/')
        {
            return "must be a relative path";
        }

        foreach (var range in path.AsSpan().Split('/'))
        {
            if (path.AsSpan()[range] is "..")
            {
                return "must not contain '..'";
            }
        }

        return reserved && path.StartsWith("..", StringComparison.Ordinal) ? "must not start with '..'" : null;
    }

    private static string Quoted(string[] values) => "\"" + string.Join("\", \"", values) + "\"";

    private static void EachText(YSequence? items, FieldPath listPath, Action<YScalar, FieldPath> check)
    {
        if (items is null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (Text(items.Items[i]) is { } item)
            {
                check(item, listPath.Index(i));
            }
        }
    }
}
