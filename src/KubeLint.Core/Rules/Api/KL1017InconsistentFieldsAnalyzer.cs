using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Validation;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Validation.Scheduling;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Api;

/// <summary>
/// KL1017: fields that the apiserver's validation checks against each other, set so that they disagree:
/// a resource request above its limit (or, for resources that cannot be overcommitted, not equal to it),
/// a volume mount naming no volume, a long-running controller's pods with a restartPolicy other than
/// Always, Service fields that need another Service type, a Deployment's progress deadline not above its
/// minReadySeconds, an autoscaler's minReplicas above maxReplicas, a ClusterRoleBinding bound to a Role,
/// and more (see rules/KL1017.md). Checks that other rules own are left to them: a Job's restartPolicy
/// (KL4029), nodePort on a ClusterIP Service (KL2003), maxSurge and maxUnavailable both 0 (KL4019),
/// selector against template labels (KL3002), a missing externalName or Indexed Job's completions
/// (KL1011, required fields), a DaemonSet's maxSurge beside maxUnavailable and a budget's two bounds
/// (KL1015, mutually exclusive fields).
/// </summary>
internal sealed class KL1017InconsistentFieldsAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = ApiserverRules.Create("KL1017", "Inconsistent fields");

    private const string CoreValidation = "pkg/apis/core/validation/validation.go";
    private const string AppsValidation = "pkg/apis/apps/validation/validation.go";

    // Each check with where it comes from and the minors that enforce it.
    internal static readonly ValidationSource RequestAboveLimit = new(CoreValidation, "ValidateResourceRequirements");
    internal static readonly ValidationSource ExtendedRequestNotLimit = new(CoreValidation, "ValidateResourceRequirements", Since: 8); // extended resources, 1.8
    internal static readonly ValidationSource HugePagesRequestNotLimit = new(CoreValidation, "ValidateResourceRequirements", Since: 10); // HugePages beta (on) in 1.10
    internal static readonly ValidationSource MountedVolumeNotFound = new(CoreValidation, "ValidateVolumeMounts");
    internal static readonly ValidationSource DeviceVolumeNotFound = new(CoreValidation, "ValidateVolumeDevices", Since: 13); // BlockVolume beta (on) in 1.13
    internal static readonly ValidationSource HostNetworkPorts = new(CoreValidation, "validatePodHostNetworkDeps");
    internal static readonly ValidationSource DnsNoneNeedsConfig = new(CoreValidation, "validatePodDNSConfig", Since: 10); // dnsPolicy None beta (on) in 1.10
    internal static readonly ValidationSource SharedPidWithHostPid = new(CoreValidation, "validatePodSpecSecurityContext", Since: 12); // PodShareProcessNamespace beta (on) in 1.12
    internal static readonly ValidationSource RestartPolicyReplicaSet = new(AppsValidation, "ValidatePodTemplateSpecForReplicaSet");
    internal static readonly ValidationSource RestartPolicyDaemonSet = new(AppsValidation, "ValidateDaemonSetSpec");
    internal static readonly ValidationSource RestartPolicyStatefulSet = new(AppsValidation, "ValidateStatefulSetSpec");
    internal static readonly ValidationSource RestartPolicyRc = new(CoreValidation, "ValidatePodTemplateSpecForRC");
    internal static readonly ValidationSource ProgressDeadline = new(AppsValidation, "ValidateDeploymentSpec");
    internal static readonly ValidationSource ExternalTrafficPolicy = new(CoreValidation, "validateServiceExternalTrafficPolicy", Since: 10);
    internal static readonly ValidationSource HealthCheckNodePort = new(CoreValidation, "validateServiceExternalTrafficPolicy", Since: 10);
    internal static readonly ValidationSource SourceRanges = new(CoreValidation, "ValidateService");
    internal static readonly ValidationSource HeadlessWithNodePorts = new(CoreValidation, "ValidateService");
    internal static readonly ValidationSource AffinityConfigWithoutClientIp = new(CoreValidation, "ValidateService", Since: 7); // sessionAffinityConfig is new in 1.7
    internal static readonly ValidationSource AllocateNodePortsOutsideLb = new(CoreValidation, "ValidateService", Since: 22); // ServiceLBNodePortControl beta (on) in 1.22
    internal static readonly ValidationSource LoadBalancerClassOutsideLb = new(CoreValidation, "validateLoadBalancerClassField", Since: 22); // ServiceLoadBalancerClass beta (on) in 1.22
    internal static readonly ValidationSource MinAboveMaxReplicas = new("pkg/apis/autoscaling/validation/validation.go", "ValidateHorizontalPodAutoscalerSpec");
    internal static readonly ValidationSource ClusterRoleBindingRole = new("pkg/apis/rbac/validation/validation.go", "ValidateClusterRoleBinding");

    /// <summary>On the findings whose fix is removing a field (a controller's restartPolicy, which then defaults to
    /// Always): its dotted path, for <see cref="KL1017InconsistentFieldsFixProvider"/>.</summary>
    public const string RemoveProperty = "remove";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(AnalyzeWorkload, "Pod", "PodTemplate", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job", "CronJob");
        context.RegisterObjectAction(AnalyzeService, "Service");
        context.RegisterObjectAction(AnalyzeAutoscaler, "HorizontalPodAutoscaler");
        context.RegisterObjectAction(AnalyzeClusterRoleBinding, "ClusterRoleBinding");
        context.RegisterObjectAction(ctx => BuiltInKindChecks.Report(ctx, Rule, ApiserverProblem.Inconsistent), BuiltInKindChecks.Kinds);
        context.RegisterObjectAction(ctx => Validation.Pods.PodSpecChecks.Report(ctx, Rule, ApiserverProblem.Inconsistent), Validation.Pods.PodSpecChecks.Kinds);
        context.RegisterObjectAction(ctx => SchedulingChecks.Report(ctx, Rule, ApiserverProblem.Inconsistent), SchedulingChecks.Kinds);
        context.RegisterObjectAction(ctx => Validation.Security.SecurityContextChecks.Report(ctx, Rule, ApiserverProblem.Inconsistent), Validation.Security.SecurityContextChecks.Kinds);
    }

    private static void AnalyzeWorkload(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        var minor = ctx.TargetMinor();
        CheckRestartPolicy(ctx);
        CheckReplicaSetActiveDeadline(ctx);
        switch (obj.Kind)
        {
            case "Deployment" when obj.Group is "apps" or "extensions":
                CheckProgressDeadline(ctx);
                break;
        }

        if (!PodSpecPaths.IsValidated(obj))
        {
            return;
        }

        foreach (var spec in PodSpecPaths.ValidatedOf(obj))
        {
            CheckPodSpec(ctx, spec, minor);
            HashSet<string>? volumes = null;
            var volumesRead = false;
            foreach (var container in PodSpecPaths.Containers(spec))
            {
                if (container.Container.Role == ContainerRole.Ephemeral)
                {
                    continue; // not allowed on create; the apiserver says so before anything else
                }

                CheckResources(ctx, container, minor);
                if (!volumesRead && (container.Node["volumeMounts"] is YSequence { Count: > 0 } || container.Node["volumeDevices"] is YSequence { Count: > 0 }))
                {
                    volumes = VolumeNames(spec.Spec); // read once per pod, and only for pods that mount something
                    volumesRead = true;
                }

                if (volumes is not null)
                {
                    if (MountedVolumeNotFound.AppliesTo(minor))
                    {
                        CheckVolumeNames(ctx, container, volumes, "volumeMounts", "mount");
                    }

                    if (DeviceVolumeNotFound.AppliesTo(minor))
                    {
                        CheckVolumeNames(ctx, container, volumes, "volumeDevices", "device");
                    }
                }

                if (container.Container.Role == ContainerRole.Regular && HostNetworkPorts.AppliesTo(minor) && YValues.IsTrue(spec.Spec["hostNetwork"]))
                {
                    CheckHostNetworkPorts(ctx, container);
                }
            }
        }
    }

    /// <summary>Long-running controllers restart their pods' containers always; a Job's policy is KL4029's.</summary>
    private static void CheckRestartPolicy(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        var source = obj.Kind switch
        {
            "Deployment" or "ReplicaSet" when obj.Group is "apps" or "extensions" => RestartPolicyReplicaSet,
            "DaemonSet" when obj.Group is "apps" or "extensions" => RestartPolicyDaemonSet,
            "StatefulSet" when obj.Group == "apps" => RestartPolicyStatefulSet,
            "ReplicationController" when obj.Group.Length == 0 => RestartPolicyRc,
            _ => null,
        };

        // Only the two other policies: anything else is not a policy at all (KL1004), and unset defaults to Always.
        if (source is null || !source.AppliesTo(ctx.TargetMinor())
            || obj.Root.MappingAt("spec.template.spec")?["restartPolicy"] is not YScalar { IsNull: false, Value: "Never" or "OnFailure" } policy)
        {
            return;
        }

        var diagnostic = Diagnostic.Create(Rule, Location.Of(obj, policy), obj, null, "spec.template.spec.restartPolicy", $"Unsupported value: \"{policy.Value}\": supported values: \"Always\"",
            $"a {obj.Kind} restarts its pods' containers whenever they exit, so drop restartPolicy or set it to Always; use a Job for work that finishes");
        ctx.ReportDiagnostic(diagnostic.WithProperty(RemoveProperty, "spec.template.spec.restartPolicy"));
    }

    /// <summary>ValidatePodTemplateSpecForReplicaSet: a Deployment's or ReplicaSet's pods run until replaced, so their
    /// template may not set activeDeadlineSeconds (every minor).</summary>
    private static void CheckReplicaSetActiveDeadline(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        if (obj.Kind is not ("Deployment" or "ReplicaSet") || obj.Group is not ("apps" or "extensions")
            || !RestartPolicyReplicaSet.AppliesTo(ctx.TargetMinor())
            || obj.Root.MappingAt("spec.template.spec") is not { } podSpec
            || !podSpec.TryGetEntry("activeDeadlineSeconds", out var deadline) || deadline.Value is YScalar { IsNull: true })
        {
            return;
        }

        ctx.Report(Rule, deadline.Key, FieldPath.Parse("spec.template.spec.activeDeadlineSeconds"), "Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported",
            $"a {obj.Kind}'s pods are meant to run until replaced: drop activeDeadlineSeconds, or use a Job for work with a deadline");
    }

    private static void CheckProgressDeadline(ObjectAnalysisContext ctx)
    {
        var spec = ctx.Object.Root.GetMapping("spec");
        if (spec?["progressDeadlineSeconds"] is not YScalar deadline || !YValues.TryGetInt(deadline, out var seconds))
        {
            return;
        }

        long minReady = 0;
        var minReadyNode = spec["minReadySeconds"];
        if (minReadyNode is YScalar { IsNull: false } && !YValues.TryGetInt(minReadyNode, out minReady))
        {
            return;
        }

        if (seconds <= minReady)
        {
            var fix = $"make progressDeadlineSeconds greater than minReadySeconds ({minReady}), or a rollout fails before any pod can count as available";
            if (minReadyNode is YScalar { IsNull: false } related)
            {
                ctx.Report(Rule, deadline, FieldPath.Parse("spec.progressDeadlineSeconds"), $"Invalid value: {seconds}: must be greater than minReadySeconds", fix, related);
            }
            else
            {
                ctx.Report(Rule, deadline, FieldPath.Parse("spec.progressDeadlineSeconds"), $"Invalid value: {seconds}: must be greater than minReadySeconds", fix);
            }
        }
    }

    private static void CheckPodSpec(ObjectAnalysisContext ctx, PodSpecAt spec, int minor)
    {
        if (DnsNoneNeedsConfig.AppliesTo(minor) && spec.Spec["dnsPolicy"] is YScalar { IsNull: false, Value: "None" })
        {
            if (!spec.Spec.TryGetEntry("dnsConfig", out var config) || config.Value is not YMapping dnsConfig)
            {
                if (config.Value is null or YScalar { IsNull: true })
                {
                    ctx.Report(Rule, spec.Key, spec.Path.Child("dnsConfig"), "Required value: must provide `dnsConfig` when `dnsPolicy` is None",
                        "add dnsConfig with at least one nameserver, or use another dnsPolicy");
                }
            }
            else if (dnsConfig["nameservers"] is null or YScalar { IsNull: true } or YSequence { Count: 0 })
            {
                ctx.Report(Rule, config.Key, spec.Path.Child("dnsConfig").Child("nameservers"), "Required value: must provide at least one DNS nameserver when `dnsPolicy` is None",
                    "list the nameservers the pod resolves with, or use another dnsPolicy");
            }
        }

        if (SharedPidWithHostPid.AppliesTo(minor) && YValues.IsTrue(spec.Spec["hostPID"])
            && spec.Spec["shareProcessNamespace"] is YScalar shared && YValues.IsTrue(shared))
        {
            ctx.Report(Rule, shared, spec.Path.Child("securityContext").Child("shareProcessNamespace"), "Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled",
                "drop one: with hostPID the pod already sees every process of the node", spec.Spec["hostPID"]!);
        }
    }

    /// <summary>The pod's volume names, or null when one of them cannot be read (a placeholder, a missing
    /// name, a list that is not a list): then no mount is reported as naming no volume.</summary>
    private static HashSet<string>? VolumeNames(YMapping podSpec)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!podSpec.TryGetEntry("volumes", out var entry) || entry.Value is YScalar { IsNull: true })
        {
            return names;
        }

        if (entry.Value is not YSequence volumes)
        {
            return null;
        }

        foreach (var item in volumes.Items)
        {
            if (item is not YMapping volume || volume["name"] is not YScalar { IsNull: false } name || YValues.IsPlaceholder(name.Value))
            {
                return null;
            }

            names.Add(name.Value);
        }

        return names;
    }

    private static void CheckVolumeNames(ObjectAnalysisContext ctx, ContainerAt container, HashSet<string> volumes, string list, string what)
    {
        if (container.Node.GetSequence(list) is not { Count: > 0 } items)
        {
            return;
        }

        var listPath = container.Path.Child(list);
        for (var i = 0; i < items.Count; i++)
        {
            if (items.Items[i] is YMapping item && item["name"] is YScalar { IsNull: false } name && name.Value.Length > 0
                && !YValues.IsPlaceholder(name.Value) && !volumes.Contains(name.Value))
            {
                var fix = volumes.Count == 0
                    ? $"the pod declares no volumes; add \"{name.Value}\" under volumes or drop the {what}"
                    : $"name one of the pod's volumes ({string.Join(", ", volumes)}) or add \"{name.Value}\" under volumes";
                ctx.Report(Rule, name, listPath.Index(i).Child("name"), $"Not found: \"{name.Value}\"", fix);
            }
        }
    }

    private static void CheckHostNetworkPorts(ObjectAnalysisContext ctx, ContainerAt container)
    {
        if (container.Node.GetSequence("ports") is not { Count: > 0 } ports)
        {
            return;
        }

        var portsPath = container.Path.Child("ports");
        for (var i = 0; i < ports.Count; i++)
        {
            // A hostPort left out (0) is defaulted to the containerPort, or accepted in templates.
            if (ports.Items[i] is YMapping port && port["hostPort"] is YScalar hostPort && YValues.TryGetInt(hostPort, out var host) && host != 0
                && port["containerPort"] is YScalar containerPort && YValues.TryGetInt(containerPort, out var number) && host != number)
            {
                ctx.Report(Rule, hostPort, portsPath.Index(i).Child("hostPort"), $"Invalid value: {host}: must match `containerPort` when `hostNetwork` is true",
                    $"with hostNetwork the container listens on the node itself, so set hostPort to {number} or leave it out", containerPort);
            }
        }
    }

    /// <summary>Requests against limits, resource by resource (<c>ValidateResourceRequirements</c>).</summary>
    private static void CheckResources(ObjectAnalysisContext ctx, ContainerAt container, int minor)
    {
        if (!container.Node.TryGetEntry("resources", out var resourcesEntry) || resourcesEntry.Value is not YMapping resources
            || resources.GetMapping("requests") is not { Count: > 0 } requests)
        {
            return;
        }

        var hasLimits = resources.TryGetEntry("limits", out var limitsEntry);
        var limits = hasLimits ? limitsEntry.Value as YMapping : null;
        if (hasLimits && limits is null && limitsEntry.Value is not YScalar { IsNull: true })
        {
            return; // not a mapping: KL1003's
        }

        var resourcesPath = container.Path.Child("resources");
        foreach (var request in requests.Entries)
        {
            var name = request.Key.Value;
            if (request.Value is not YScalar { IsNull: false } requestValue || YValues.IsPlaceholder(name) || YValues.IsPlaceholder(requestValue.Value)
                || !Quantity.TryParse(requestValue.Value, out var requested))
            {
                continue;
            }

            var hugePages = name.StartsWith("hugepages-", StringComparison.Ordinal);
            var overcommit = IsNative(name) && !hugePages;
            var exact = !overcommit && (hugePages ? HugePagesRequestNotLimit : ExtendedRequestNotLimit).AppliesTo(minor);
            YEntry limit = default;
            if (limits is null || !limits.TryGetEntry(name, out limit))
            {
                if (exact)
                {
                    YNode anchor = hasLimits ? limitsEntry.Key : resourcesEntry.Key;
                    ctx.Report(Rule, anchor, resourcesPath.Child("limits"), "Required value: Limit must be set for non overcommitable resources",
                        $"set limits[{name}] equal to the request: {name} cannot be overcommitted");
                }

                continue;
            }

            if (limit.Value is not YScalar { IsNull: false } limitValue || YValues.IsPlaceholder(limitValue.Value) || !Quantity.TryParse(limitValue.Value, out var limited))
            {
                continue;
            }

            if (exact && !Same(requested.Value, limited.Value))
            {
                ctx.Report(Rule, requestValue, resourcesPath.Child("requests"), $"Invalid value: \"{requestValue.Value}\": must be equal to {name} limit",
                    $"request exactly the limit ({limitValue.Value}): {name} cannot be overcommitted", limitValue);
            }
            else if (overcommit && RequestAboveLimit.AppliesTo(minor) && requested.Value > limited.Value && !Same(requested.Value, limited.Value))
            {
                ctx.Report(Rule, requestValue, resourcesPath.Child("requests"), $"Invalid value: \"{requestValue.Value}\": must be less than or equal to {name} limit",
                    $"request no more than the limit ({limitValue.Value}), or raise the limit", limitValue);
            }
        }
    }

    /// <summary>A resource in the default namespace (<c>cpu</c>, <c>kubernetes.io/…</c>): <c>helper.IsNativeResource</c>.</summary>
    private static bool IsNative(string name) => !name.Contains('/') || name.Contains("kubernetes.io/", StringComparison.Ordinal);

    /// <summary>Equal up to the rounding of decimal suffixes in doubles (<c>0.1</c> and <c>100m</c>).</summary>
    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));

    private static void AnalyzeService(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        if (obj.Group.Length != 0 || !obj.Root.TryGetEntry("spec", out var specEntry) || specEntry.Value is not YMapping spec)
        {
            return;
        }

        var typeNode = spec["type"] as YScalar;
        var type = typeNode is { IsNull: false } ? typeNode.Value : "ClusterIP";
        if (type is not ("ClusterIP" or "NodePort" or "LoadBalancer" or "ExternalName"))
        {
            return; // a placeholder, or a value KL1004 reports
        }

        var minor = ctx.TargetMinor();
        var specPath = FieldPath.Root("spec");
        var loadBalancer = type == "LoadBalancer";
        var trafficPolicy = spec["externalTrafficPolicy"] as YScalar;
        var hasPolicy = trafficPolicy is { IsNull: false } && trafficPolicy.Value.Length > 0;
        if (ExternalTrafficPolicy.AppliesTo(minor) && hasPolicy && type is "ClusterIP" or "ExternalName"
            && !YValues.IsPlaceholder(trafficPolicy!.Value) && spec["externalIPs"] is null or YScalar { IsNull: true } or YSequence { Count: 0 })
        {
            ctx.Report(Rule, trafficPolicy, specPath.Child("externalTrafficPolicy"), $"Invalid value: \"{trafficPolicy.Value}\"",
                $"externalTrafficPolicy applies only to traffic from outside the cluster, so only to NodePort and LoadBalancer Services (or ones with externalIPs); drop it from this {type} Service");
        }

        if (HealthCheckNodePort.AppliesTo(minor) && spec["healthCheckNodePort"] is YScalar healthPort && YValues.TryGetInt(healthPort, out var health) && health != 0
            && !(hasPolicy && YValues.IsPlaceholder(trafficPolicy!.Value)) && !(loadBalancer && hasPolicy && trafficPolicy!.Value == "Local"))
        {
            ctx.Report(Rule, healthPort, specPath.Child("healthCheckNodePort"), $"Invalid value: {health}",
                "healthCheckNodePort is only for LoadBalancer Services with externalTrafficPolicy: Local; drop it or set both");
        }

        if (SourceRanges.AppliesTo(minor) && !loadBalancer && spec.TryGetEntry("loadBalancerSourceRanges", out var ranges) && ranges.Value is YSequence { Count: > 0 })
        {
            ctx.Report(Rule, ranges.Key, specPath.Child("LoadBalancerSourceRanges"), "Forbidden: may only be used when `type` is 'LoadBalancer'",
                $"drop loadBalancerSourceRanges from this {type} Service, or make it a LoadBalancer");
        }

        if (HeadlessWithNodePorts.AppliesTo(minor) && type is "NodePort" or "LoadBalancer" && HeadlessNode(spec, minor) is { } headless)
        {
            ctx.Report(Rule, headless.Node, headless.Path, $"Invalid value: \"None\": may not be set to 'None' for {type} services",
                $"a {type} Service needs a cluster IP; drop clusterIP: None, or make the Service a headless ClusterIP one");
        }

        if (AffinityConfigWithoutClientIp.AppliesTo(minor) && spec.TryGetEntry("sessionAffinityConfig", out var affinityConfig) && affinityConfig.Value is YMapping
            && spec["sessionAffinity"] is null or YScalar { IsNull: true } or YScalar { Value: "None" })
        {
            ctx.Report(Rule, affinityConfig.Key, specPath.Child("sessionAffinityConfig"), "Forbidden: must not be set when session affinity is None",
                "set sessionAffinity: ClientIP to use it, or drop sessionAffinityConfig");
        }

        if (!loadBalancer && AllocateNodePortsOutsideLb.AppliesTo(minor) && spec.TryGetEntry("allocateLoadBalancerNodePorts", out var allocate) && allocate.Value is YScalar { IsNull: false })
        {
            ctx.Report(Rule, allocate.Key, specPath.Child("allocateLoadBalancerNodePorts"), "Forbidden: may only be used when `type` is 'LoadBalancer'",
                $"drop allocateLoadBalancerNodePorts from this {type} Service");
        }

        if (!loadBalancer && LoadBalancerClassOutsideLb.AppliesTo(minor) && spec.TryGetEntry("loadBalancerClass", out var lbClass) && lbClass.Value is YScalar { IsNull: false })
        {
            ctx.Report(Rule, lbClass.Key, specPath.Child("loadBalancerClass"), "Forbidden: may only be used when `type` is 'LoadBalancer'",
                $"drop loadBalancerClass from this {type} Service");
        }
    }

    /// <summary>The <c>None</c> of a headless Service and the path the apiserver names it by: <c>spec.clusterIP</c>
    /// until 1.19, <c>spec.clusterIPs[0]</c> once dual-stack Services normalised both (1.20).</summary>
    private static (YScalar Node, FieldPath Path)? HeadlessNode(YMapping spec, int minor)
    {
        var path = minor >= 20 ? FieldPath.Parse("spec.clusterIPs").Index(0) : FieldPath.Parse("spec.clusterIP");
        if (spec["clusterIP"] is YScalar { IsNull: false } single)
        {
            return single.Value == "None" ? (single, path) : null;
        }

        return minor >= 20 && spec.GetSequence("clusterIPs") is { Count: > 0 } list && list.Items[0] is YScalar { Value: "None" } first ? (first, path) : null;
    }

    private static void AnalyzeAutoscaler(ObjectAnalysisContext ctx)
    {
        var spec = ctx.Object.Root.GetMapping("spec");
        if (ctx.Object.Group != "autoscaling" || !MinAboveMaxReplicas.AppliesTo(ctx.TargetMinor())
            || spec?["minReplicas"] is not YScalar minNode || !YValues.TryGetInt(minNode, out var min)
            || spec["maxReplicas"] is not YScalar maxNode || !YValues.TryGetInt(maxNode, out var max) || max >= min)
        {
            return;
        }

        ctx.Report(Rule, maxNode, FieldPath.Parse("spec.maxReplicas"), $"Invalid value: {max}: must be greater than or equal to `minReplicas`",
            $"raise maxReplicas to at least minReplicas ({min}), or lower minReplicas", minNode);
    }

    private static void AnalyzeClusterRoleBinding(ObjectAnalysisContext ctx)
    {
        if (ctx.Object.Group != "rbac.authorization.k8s.io" || !ClusterRoleBindingRole.AppliesTo(ctx.TargetMinor())
            || ctx.Object.Root.GetMapping("roleRef")?["kind"] is not YScalar { IsNull: false } kind
            || kind.Value != "Role")
        {
            // Only Role: a kind that is neither Role nor ClusterRole is KL1004's (ValidateRoleBinding's set).
            return;
        }

        ctx.Report(Rule, kind, FieldPath.Parse("roleRef.kind"), $"Unsupported value: \"{kind.Value}\": supported values: \"ClusterRole\"",
            "a ClusterRoleBinding can only grant a ClusterRole; bind a Role with a RoleBinding in its namespace");
    }
}
