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
/// KL1015: fields of which the apiserver accepts one only — two handlers in a probe or lifecycle hook,
/// two sources in a volume or in a projected volume's source, <c>value</c> beside <c>valueFrom</c>, a
/// <c>rollingUpdate</c> beside a strategy that does not roll, both budgets of a PodDisruptionBudget,
/// both kinds of Ingress backend or of backend port. A field set to <c>null</c> counts as unset, as it
/// does for the apiserver; a field the target's apiserver drops (its feature gate off) is not counted.
/// </summary>
internal sealed class KL1015MutuallyExclusiveFieldsAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = ApiserverRules.Create("KL1015", "Mutually exclusive fields");

    private const string Core = "pkg/apis/core/validation/validation.go";
    private const string Apps = "pkg/apis/apps/validation/validation.go";

    internal static readonly ValidationSource Handler = new(Core, "validateHandler (validateProbe, validateLifecycle)");

    // GRPCContainerProbe: alpha 1.23 (off, the field is dropped), beta and on from 1.24.
    internal static readonly ValidationSource GrpcHandler = new(Core, "validateHandler", Since: 24);

    // PodLifecycleSleepAction: alpha 1.29 (off, the field is dropped), beta and on from 1.30.
    internal static readonly ValidationSource SleepHandler = new(Core, "validateHandler", Since: 30);
    internal static readonly ValidationSource VolumeSource = new(Core, "validateVolumeSource");
    internal static readonly ValidationSource ProjectionSource = new(Core, "validateProjectionSources");
    internal static readonly ValidationSource EnvValueFrom = new(Core, "validateEnvVarValueFrom");
    internal static readonly ValidationSource EnvFrom = new(Core, "ValidateEnvFrom");
    internal static readonly ValidationSource DeploymentStrategy = new(Apps, "ValidateDeploymentStrategy");
    internal static readonly ValidationSource StatefulSetStrategy = new(Apps, "ValidateStatefulSetSpec / ValidateStatefulSetUpdateStrategy");

    // DaemonSetUpdateSurge: alpha 1.21 (off, maxSurge is dropped), beta and on from 1.22.
    internal static readonly ValidationSource DaemonSetSurge = new(Apps, "ValidateRollingUpdateDaemonSet", Since: 22);
    internal static readonly ValidationSource PodDisruptionBudget = new("pkg/apis/policy/validation/validation.go", "ValidatePodDisruptionBudgetSpec");

    // networking.k8s.io/v1 Ingress, served from 1.19 (resource backends: beta v1beta1 from 1.18).
    internal static readonly ValidationSource IngressBackend = new("pkg/apis/networking/validation/validation.go", "validateIngressBackend", Since: 19);

    private static readonly string[] ProbeKeys = ["livenessProbe", "readinessProbe", "startupProbe"];
    private static readonly string[] ProbeHandlers = ["exec", "httpGet", "tcpSocket", "grpc"];
    private static readonly string[] LifecycleHooks = ["postStart", "preStop"];
    private static readonly string[] LifecycleHandlers = ["exec", "httpGet", "tcpSocket", "sleep"];

    private static readonly string[] ProjectionKeys = ["secret", "configMap", "downwardAPI", "serviceAccountToken"];
    private static readonly string[] EnvSources = ["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(ctx => BuiltInKindChecks.Report(ctx, Rule, ApiserverProblem.Forbidden), BuiltInKindChecks.Kinds);
        context.RegisterObjectAction(ctx => Validation.Pods.PodSpecChecks.Report(ctx, Rule, ApiserverProblem.Forbidden), Validation.Pods.PodSpecChecks.Kinds);
        context.RegisterObjectAction(ctx => SchedulingChecks.Report(ctx, Rule, ApiserverProblem.Forbidden), SchedulingChecks.Kinds);
        context.RegisterObjectAction(ctx => Validation.Security.SecurityContextChecks.Report(ctx, Rule, ApiserverProblem.Forbidden), Validation.Security.SecurityContextChecks.Kinds);
        context.RegisterObjectAction(
            Analyze,
            "Pod",
            "PodTemplate",
            "Deployment",
            "ReplicaSet",
            "ReplicationController",
            "StatefulSet",
            "DaemonSet",
            "Job",
            "CronJob",
            "PodDisruptionBudget",
            "Ingress",
            "HorizontalPodAutoscaler");
    }

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        var minor = ctx.TargetMinor();
        if (obj.Root.GetMapping("spec") is { } spec)
        {
            switch (obj.Kind)
            {
                case "Deployment":
                    Deployment(ctx, minor, spec);
                    break;
                case "StatefulSet":
                    StatefulSet(ctx, minor, spec);
                    break;
                case "DaemonSet":
                    DaemonSet(ctx, minor, spec);
                    break;
                case "PodDisruptionBudget":
                    Budget(ctx, minor, spec);
                    break;
                case "HorizontalPodAutoscaler":
                    // pkg/apis/autoscaling/validation/validation.go: validateMetricSpec (one source), validateResourceSource and
                    // validateExternalSource (one kind of target); see AutoscalerSpecChecks for the minors.
                    foreach (var finding in AutoscalerSpecChecks.Of(obj, minor, ApiserverProblem.Forbidden))
                    {
                        ctx.Report(Rule, finding.Node, finding.Path, finding.Wording, finding.Fix);
                    }

                    break;
                case "Ingress":
                    if (obj.ApiVersion == "networking.k8s.io/v1" && IngressBackend.AppliesTo(minor))
                    {
                        Ingress(ctx, spec);
                    }

                    break;
            }
        }

        foreach (var podSpec in PodSpecPaths.ValidatedOf(obj))
        {
            PodSpec(ctx, minor, podSpec);
        }
    }

    /// <summary>A field that the apiserver sees as set: present and not null (an empty mapping counts).</summary>
    private static bool IsSet(YMapping map, string key, out YEntry entry) =>
        map.TryGetEntry(key, out entry) && entry.Value is not YScalar { IsNull: true };

    private static void Deployment(ObjectAnalysisContext ctx, int minor, YMapping spec)
    {
        if (DeploymentStrategy.AppliesTo(minor) && spec.GetMapping("strategy") is { } strategy
            && strategy.GetString("type") == "Recreate" && IsSet(strategy, "rollingUpdate", out var rolling))
        {
            ctx.Report(Rule, rolling.Key, FieldPath.Parse("spec.strategy.rollingUpdate"), "Forbidden: may not be specified when strategy `type` is 'Recreate'", "remove rollingUpdate, or use type RollingUpdate", strategy["type"]!);
        }
    }

    private static void StatefulSet(ObjectAnalysisContext ctx, int minor, YMapping spec)
    {
        if (StatefulSetStrategy.AppliesTo(minor) && spec.GetMapping("updateStrategy") is { } strategy
            && strategy.GetString("type") == "OnDelete" && IsSet(strategy, "rollingUpdate", out var rolling))
        {
            ctx.Report(Rule, rolling.Key, FieldPath.Parse("spec.updateStrategy.rollingUpdate"), "Invalid value: only allowed for updateStrategy 'RollingUpdate'", "remove rollingUpdate, or use type RollingUpdate", strategy["type"]!);
        }
    }

    private static void DaemonSet(ObjectAnalysisContext ctx, int minor, YMapping spec)
    {
        // Both set to non-zero values: the apiserver accepts a surge only when no pod may be unavailable.
        if (DaemonSetSurge.AppliesTo(minor) && spec.GetMapping("updateStrategy") is { } strategy
            && strategy.GetString("type") is null or "RollingUpdate" && strategy.GetMapping("rollingUpdate") is { } rolling
            && YValues.TryGetIntOrPercent(rolling["maxUnavailable"], out var unavailable, out _) && unavailable != 0
            && YValues.TryGetIntOrPercent(rolling["maxSurge"], out var surge, out _) && surge != 0)
        {
            var surgeNode = (YScalar)rolling["maxSurge"]!;
            ctx.Report(Rule, surgeNode, FieldPath.Parse("spec.updateStrategy.rollingUpdate.maxSurge"), $"Invalid value: {Quote(surgeNode)}: may not be set when maxUnavailable is non-zero", "set maxUnavailable to 0 to surge, or remove maxSurge", rolling["maxUnavailable"]!);
        }
    }

    private static void Budget(ObjectAnalysisContext ctx, int minor, YMapping spec)
    {
        if (PodDisruptionBudget.AppliesTo(minor) && IsSet(spec, "minAvailable", out var min) && IsSet(spec, "maxUnavailable", out var max))
        {
            var (first, second) = min.Key.Start.CompareTo(max.Key.Start) < 0 ? (min, max) : (max, min);
            ctx.Report(Rule, second.Key, FieldPath.Root("spec"), "Invalid value: minAvailable and maxUnavailable cannot be both set", "keep one of minAvailable and maxUnavailable", first.Key);
        }
    }

    private static void Ingress(ObjectAnalysisContext ctx, YMapping spec)
    {
        if (spec.GetMapping("defaultBackend") is { } fallback)
        {
            Backend(ctx, fallback, FieldPath.Parse("spec.defaultBackend"));
        }

        if (spec.GetSequence("rules") is not { } rules)
        {
            return;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if ((rules.Items[i] as YMapping)?.MappingAt("http")?.GetSequence("paths") is not { } paths)
            {
                continue;
            }

            for (var j = 0; j < paths.Count; j++)
            {
                if (paths.Items[j] is YMapping path && path.GetMapping("backend") is { } backend)
                {
                    Backend(ctx, backend, FieldPath.Parse("spec.rules").Index(i).Child("http").Child("paths").Index(j).Child("backend"));
                }
            }
        }
    }

    private static void Backend(ObjectAnalysisContext ctx, YMapping backend, FieldPath path)
    {
        var hasService = IsSet(backend, "service", out var service);
        if (hasService && IsSet(backend, "resource", out var resource))
        {
            var (first, second) = service.Key.Start.CompareTo(resource.Key.Start) < 0 ? (service, resource) : (resource, service);
            ctx.Report(Rule, second.Key, path, "Invalid value: \"\": cannot set both resource and service backends", "a backend is a Service or a resource: keep one", first.Key);
            return;
        }

        // A port name is set when not empty, a number when not 0.
        if (hasService && service.Value is YMapping serviceMap && serviceMap.GetMapping("port") is { } port
            && port.TryGetEntry("name", out var name) && name.Value is YScalar { IsNull: false, Value.Length: > 0 }
            && port.TryGetEntry("number", out var number) && YValues.TryGetInt(number.Value, out var value) && value != 0)
        {
            var (first, second) = name.Key.Start.CompareTo(number.Key.Start) < 0 ? (name.Key, number.Key) : (number.Key, name.Key);
            ctx.Report(Rule, second, path, "Invalid value: \"\": cannot set both port name & port number", "name the Service port or give its number, not both", first);
        }
    }

    private static void PodSpec(ObjectAnalysisContext ctx, int minor, PodSpecAt podSpec)
    {
        if (podSpec.Spec.GetSequence("volumes") is { } volumes)
        {
            var volumesPath = podSpec.Path.Child("volumes");
            for (var i = 0; i < volumes.Count; i++)
            {
                if (volumes.Items[i] is YMapping volume)
                {
                    Volume(ctx, minor, volume, volumesPath, i);
                }
            }
        }

        foreach (var container in PodSpecPaths.Containers(podSpec))
        {
            var node = container.Node;
            var role = container.Container.Role;

            // Probes and hooks are validated on regular containers and on sidecars (restartPolicy Always,
            // 1.29 on); other init containers and ephemeral containers may not have them at all.
            if (role == ContainerRole.Regular || (container.Container.IsSidecar && minor >= 29))
            {
                foreach (var probeKey in ProbeKeys)
                {
                    // startupProbe: alpha 1.16 (off, the field is dropped), beta and on from 1.18.
                    if ((probeKey != "startupProbe" || minor >= 18) && node.TryGetEntry(probeKey, out var probe) && probe.Value is YMapping probeMap)
                    {
                        Handlers(ctx, minor, probe.Key, probeMap, container.Path.Child(probeKey), ProbeHandlers, "a probe");
                    }
                }

                if (node.GetMapping("lifecycle") is { } lifecycle)
                {
                    foreach (var hook in LifecycleHooks)
                    {
                        if (lifecycle.TryGetEntry(hook, out var entry) && entry.Value is YMapping hookMap)
                        {
                            Handlers(ctx, minor, entry.Key, hookMap, container.Path.Child("lifecycle").Child(hook), LifecycleHandlers, "a lifecycle hook");
                        }
                    }
                }
            }

            if (node.GetSequence("env") is { } env)
            {
                Env(ctx, minor, env, container.Path.Child("env"));
            }

            if (node.GetSequence("envFrom") is { } envFrom)
            {
                EnvFromSources(ctx, minor, envFrom, container.Path.Child("envFrom"));
            }
        }
    }

    /// <summary>Exactly one handler: each after the first is "more than 1", none at all is "must specify".</summary>
    private static void Handlers(ObjectAnalysisContext ctx, int minor, YScalar key, YMapping handler, FieldPath path, string[] handlers, string what)
    {
        if (!Handler.AppliesTo(minor))
        {
            return;
        }

        YScalar? first = null;
        var gated = false;
        foreach (var name in handlers)
        {
            if (!IsSet(handler, name, out var entry))
            {
                continue;
            }

            if ((name == "grpc" && !GrpcHandler.AppliesTo(minor)) || (name == "sleep" && !SleepHandler.AppliesTo(minor)))
            {
                gated = true; // a field this apiserver drops or does not know: KL1001's, and no "must specify" either
                continue;
            }

            if (first is null)
            {
                first = entry.Key;
            }
            else
            {
                ctx.Report(Rule, entry.Key, path.Child(name), "Forbidden: may not specify more than 1 handler type", $"{what} runs one handler: keep {first.Value} or {name}", first);
            }
        }

        if (first is null && !gated && !HasPlaceholderKey(handler))
        {
            ctx.Report(Rule, key, path, "Required value: must specify a handler type", $"give {what} one of {string.Join(", ", handlers)}");
        }
    }

    /// <summary>A templated mapping (a key such as <c>{{ .Values.probe }}</c>) may carry the handler itself.</summary>
    private static bool HasPlaceholderKey(YMapping map)
    {
        foreach (var entry in map.Entries)
        {
            if (YValues.IsPlaceholder(entry.Key.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static void Volume(ObjectAnalysisContext ctx, int minor, YMapping volume, FieldPath volumesPath, int index)
    {
        if (!VolumeSource.AppliesTo(minor))
        {
            return;
        }

        // csi (inline) is on by default from 1.16, ephemeral from 1.21; before, the apiserver drops them.
        foreach (var extra in VolumeSources.Extras(volume, VolumeSources.Pod, key => (key != "csi" || minor >= 16) && (key != "ephemeral" || minor >= 21), persistent: false))
        {
            var key = extra.Entry.Key.Value;
            ctx.Report(Rule, extra.Entry.Key, volumesPath.Index(index).Child(extra.Segment), "Forbidden: may not specify more than 1 volume type",
                $"a volume has one source: keep {extra.First.Value} or {key}, or split them into two volumes", extra.First);
        }

        if (IsSet(volume, "projected", out var projectedEntry) && projectedEntry.Value is YMapping projected && projected.GetSequence("sources") is { } sources)
        {
            Projections(ctx, minor, sources, volumesPath.Index(index).Child("projected").Child("sources"));
        }
    }

    private static void Projections(ObjectAnalysisContext ctx, int minor, YSequence sources, FieldPath path)
    {
        if (!ProjectionSource.AppliesTo(minor))
        {
            return;
        }

        for (var i = 0; i < sources.Count; i++)
        {
            if (sources.Items[i] is not YMapping source)
            {
                continue;
            }

            YScalar? first = null;
            foreach (var key in ProjectionKeys)
            {
                // serviceAccountToken projections are on by default from 1.12.
                if ((key == "serviceAccountToken" && minor < 12) || !IsSet(source, key, out var entry))
                {
                    continue;
                }

                if (first is null)
                {
                    first = entry.Key;
                }
                else
                {
                    ctx.Report(Rule, entry.Key, path.Index(i), "Forbidden: may not specify more than 1 volume type", $"each item of sources projects one thing: move {key} to an item of its own", first);
                }
            }
        }
    }

    private static void Env(ObjectAnalysisContext ctx, int minor, YSequence env, FieldPath path)
    {
        if (!EnvValueFrom.AppliesTo(minor))
        {
            return;
        }

        for (var i = 0; i < env.Count; i++)
        {
            if (env.Items[i] is not YMapping variable || variable.GetMapping("valueFrom") is not { } valueFrom)
            {
                continue;
            }

            YScalar? first = null;
            YScalar? second = null;
            foreach (var key in EnvSources)
            {
                if (IsSet(valueFrom, key, out var entry))
                {
                    if (first is null)
                    {
                        first = entry.Key;
                    }
                    else
                    {
                        second ??= entry.Key;
                    }
                }
            }

            if (first is null)
            {
                continue; // no source at all is a missing field, not a conflict
            }

            var valueFromPath = path.Index(i).Child("valueFrom");
            if (variable["value"] is YScalar { IsNull: false, Value.Length: > 0 } value)
            {
                ctx.Report(Rule, variable.GetKey("valueFrom")!, valueFromPath, "Invalid value: \"\": may not be specified when `value` is not empty", "set the variable from value or from valueFrom, not both", value);
            }
            else if (second is not null)
            {
                ctx.Report(Rule, second, valueFromPath, "Invalid value: \"\": may not have more than one field specified at a time", $"valueFrom reads one source: keep {first.Value} or {second.Value}", first);
            }
        }
    }

    private static void EnvFromSources(ObjectAnalysisContext ctx, int minor, YSequence envFrom, FieldPath path)
    {
        if (!EnvFrom.AppliesTo(minor))
        {
            return;
        }

        foreach (var item in envFrom.Items)
        {
            if (item is YMapping source && IsSet(source, "configMapRef", out var configMap) && IsSet(source, "secretRef", out var secret))
            {
                var (first, second) = configMap.Key.Start.CompareTo(secret.Key.Start) < 0 ? (configMap, secret) : (secret, configMap);

                // The apiserver names the list, not the item.
                ctx.Report(Rule, second.Key, path, "Invalid value: \"\": may not have more than one field specified at a time", "each item of envFrom reads one ConfigMap or one Secret: split it in two", first.Key);
            }
        }
    }

    private static string Quote(YScalar scalar) =>
        YValues.TryGetInt(scalar, out _) ? scalar.Value : $"\"{scalar.Value}\"";
}
