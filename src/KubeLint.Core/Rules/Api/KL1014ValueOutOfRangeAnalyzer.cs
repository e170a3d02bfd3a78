using System.Collections.Immutable;
using System.Globalization;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Validation;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Api;

/// <summary>
/// KL1014: a number the apiserver's validation code bounds, outside its bounds — a negative count or
/// duration, a percentage over 100 %, a negative resource quantity, an affinity weight outside 1–100.
/// Each check carries the Kubernetes function that enforces it and the minors whose apiserver does.
/// Values the apiserver defaults (a probe's <c>periodSeconds: 0</c> becomes 10) are left alone.
/// </summary>
internal sealed class KL1014ValueOutOfRangeAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = ApiserverRules.Create("KL1014", "Value out of range");

    private const string Core = "pkg/apis/core/validation/validation.go";
    private const string Apps = "pkg/apis/apps/validation/validation.go";
    private const string Batch = "pkg/apis/batch/validation/validation.go";

    // Counts and durations of the workloads (ValidateNonnegativeField, called by each spec's validator).
    internal static readonly ValidationSource DeploymentSpec = new(Apps, "ValidateDeploymentSpec");
    internal static readonly ValidationSource ReplicaSetSpec = new(Apps, "ValidateReplicaSetSpec");
    internal static readonly ValidationSource ReplicationControllerSpec = new(Core, "ValidateReplicationControllerSpec");
    internal static readonly ValidationSource StatefulSetSpec = new(Apps, "ValidateStatefulSetSpec");

    // StatefulSetMinReadySeconds: alpha in 1.22 (off, the field is dropped), beta and on from 1.23.
    internal static readonly ValidationSource StatefulSetMinReadySeconds = new(Apps, "ValidateStatefulSetSpec", Since: 23);
    internal static readonly ValidationSource StatefulSetPartition = new(Apps, "ValidateStatefulSetSpec / validateRollingUpdateStatefulSet");

    // StatefulSetStartOrdinal: alpha in 1.26 (off, ordinals is dropped), beta and on from 1.27.
    internal static readonly ValidationSource StatefulSetOrdinals = new(Apps, "ValidateStatefulSetSpec (ordinals.start)", Since: 27);
    internal static readonly ValidationSource DaemonSetSpec = new(Apps, "ValidateDaemonSetSpec");
    internal static readonly ValidationSource JobSpec = new(Batch, "ValidateJobSpec");

    // TTLAfterFinished: alpha from 1.12 (off, the field is dropped), beta and on from 1.21.
    internal static readonly ValidationSource JobTtl = new(Batch, "ValidateJobSpec", Since: 21);
    internal static readonly ValidationSource CronJobSpec = new(Batch, "ValidateCronJobSpec");

    // int-or-percent fields: ValidatePositiveIntOrPercent (negative counts) and IsNotMoreThan100Percent.
    internal static readonly ValidationSource DeploymentRollingUpdate = new(Apps, "ValidateRollingUpdateDeployment");
    internal static readonly ValidationSource DaemonSetRollingUpdate = new(Apps, "ValidateRollingUpdateDaemonSet");

    // DaemonSetUpdateSurge: alpha in 1.21 (off, maxSurge is dropped), beta and on from 1.22.
    internal static readonly ValidationSource DaemonSetMaxSurge = new(Apps, "ValidateRollingUpdateDaemonSet", Since: 22);
    internal static readonly ValidationSource PodDisruptionBudgetSpec = new("pkg/apis/policy/validation/validation.go", "ValidatePodDisruptionBudgetSpec");

    // HorizontalPodAutoscaler: minReplicas below 1 is rejected unless the alpha gate HPAScaleToZero
    // (1.16 on, off by default) is on; the wording changed with that gate.
    internal static readonly ValidationSource HpaMinReplicasOld = new("pkg/apis/autoscaling/validation/validation.go", "validateHorizontalPodAutoscalerSpec", Until: 15);
    internal static readonly ValidationSource HpaMinReplicas = new("pkg/apis/autoscaling/validation/validation.go", "validateHorizontalPodAutoscalerSpec", Since: 16);
    internal static readonly ValidationSource HpaMaxReplicas = new("pkg/apis/autoscaling/validation/validation.go", "validateHorizontalPodAutoscalerSpec");

    // Pod specs.
    internal static readonly ValidationSource ProbeFields = new(Core, "validateProbe");
    internal static readonly ValidationSource ProbeSuccessThreshold = new(Core, "validateLivenessProbe / validateStartupProbe (validateContainers before 1.28)");

    // ProbeTerminationGracePeriod: alpha 1.21, beta off by default 1.22–1.24, on from 1.25.
    internal static readonly ValidationSource ProbeGracePeriod = new(Core, "validateProbe", Since: 25);
    internal static readonly ValidationSource ResourceQuantity = new(Core, "ValidateResourceRequirements / ValidateResourceQuantityValue");
    internal static readonly ValidationSource AffinityWeight = new(Core, "validatePreferredSchedulingTerms / validateWeightedPodAffinityTerms");

    // The same bound and wording in the 1.9 sources as today.
    internal static readonly ValidationSource PodActiveDeadline = new(Core, "ValidatePodSpec", Since: 9);

    // ServiceAccountTokenProjection: beta and on from 1.12.
    internal static readonly ValidationSource TokenExpiration = new(Core, "validateProjectionSources", Since: 12);

    // fileModeErrorMsg: a volume's defaultMode and an item's mode, 0 to 0777 (values as kubectl sends them: 0644 is octal).
    internal static readonly ValidationSource FileMode = new(Core, "validateSecretVolumeSource, validateConfigMapVolumeSource, validateDownwardAPIVolumeSource, validateProjectedVolumeSource, validateKeyToPath, validateDownwardAPIVolumeFile");
    private static readonly string[] ModeSources = ["configMap", "secret", "downwardAPI"];

    // sessionAffinityConfig exists from 1.7; validated when sessionAffinity is ClientIP.
    internal static readonly ValidationSource AffinityTimeout = new(Core, "validateClientIPAffinityConfig / validateAffinityTimeout", Since: 7);

    // EvenPodsSpread: alpha 1.16 (off, the field is dropped), beta and on from 1.18.
    internal static readonly ValidationSource MaxSkew = new(Core, "validateTopologySpreadConstraints / ValidateMaxSkew", Since: 18);

    private const string NonNegativeFix = "use 0 or a positive number";

    private static readonly string[] ProbeKeys = ["livenessProbe", "readinessProbe", "startupProbe"];
    private static readonly string[] ProbeCounts = ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"];
    private static readonly string[] ResourceLists = ["limits", "requests"];
    private static readonly string[] DeploymentCounts = ["replicas", "minReadySeconds", "revisionHistoryLimit", "progressDeadlineSeconds"];
    private static readonly string[] ReplicaSetCounts = ["replicas", "minReadySeconds"];
    private static readonly string[] Replicas = ["replicas"];
    private static readonly string[] MinReadySeconds = ["minReadySeconds"];
    private static readonly string[] Partition = ["partition"];
    private static readonly string[] OrdinalStart = ["start"];
    private static readonly string[] DaemonSetCounts = ["minReadySeconds", "revisionHistoryLimit"];
    private static readonly string[] JobCounts = ["parallelism", "completions", "activeDeadlineSeconds", "backoffLimit"];
    private static readonly string[] Ttl = ["ttlSecondsAfterFinished"];
    private static readonly string[] CronJobCounts = ["startingDeadlineSeconds", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(ctx => BuiltInKindChecks.Report(ctx, Rule, ApiserverProblem.OutOfRange), BuiltInKindChecks.Kinds);
        context.RegisterObjectAction(ctx => Validation.Pods.PodSpecChecks.Report(ctx, Rule, ApiserverProblem.OutOfRange), Validation.Pods.PodSpecChecks.Kinds);
        context.RegisterObjectAction(ctx => Validation.Security.SecurityContextChecks.Report(ctx, Rule, ApiserverProblem.OutOfRange), Validation.Security.SecurityContextChecks.Kinds);
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
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget",
            "Service",
            "PriorityClass");
    }

    private static void Analyze(ObjectAnalysisContext ctx)
    {
        var obj = ctx.Object;
        var minor = ctx.TargetMinor();
        if (SystemPriorityClasses.Is(obj))
        {
            PriorityClass(ctx, minor);
            return;
        }

        if (obj.Root.GetMapping("spec") is { } spec)
        {
            var specPath = FieldPath.Root("spec");
            switch (obj.Kind)
            {
                case "Deployment":
                    NonNegative(ctx, minor, DeploymentSpec, spec, specPath, DeploymentCounts);
                    if (spec.GetMapping("strategy") is { } strategy && strategy.GetString("type") is null or "RollingUpdate"
                        && strategy.GetMapping("rollingUpdate") is { } rolling)
                    {
                        var rollingPath = specPath.Child("strategy").Child("rollingUpdate");
                        IntOrPercent(ctx, minor, DeploymentRollingUpdate, rolling, rollingPath, "maxUnavailable", capAt100: true);
                        IntOrPercent(ctx, minor, DeploymentRollingUpdate, rolling, rollingPath, "maxSurge", capAt100: false);
                    }

                    break;
                case "ReplicaSet":
                    NonNegative(ctx, minor, ReplicaSetSpec, spec, specPath, ReplicaSetCounts);
                    break;
                case "ReplicationController":
                    NonNegative(ctx, minor, ReplicationControllerSpec, spec, specPath, ReplicaSetCounts);
                    break;
                case "StatefulSet":
                    NonNegative(ctx, minor, StatefulSetSpec, spec, specPath, Replicas);
                    NonNegative(ctx, minor, StatefulSetMinReadySeconds, spec, specPath, MinReadySeconds);
                    if (spec.GetMapping("ordinals") is { } ordinals)
                    {
                        NonNegative(ctx, minor, StatefulSetOrdinals, ordinals, specPath.Child("ordinals"), OrdinalStart);
                    }

                    if (spec.GetMapping("updateStrategy") is { } update && update.GetMapping("rollingUpdate") is { } partitioned
                        && IsRollingUpdate(update, obj.ApiVersion == "apps/v1beta1"))
                    {
                        NonNegative(ctx, minor, StatefulSetPartition, partitioned, specPath.Child("updateStrategy").Child("rollingUpdate"), Partition);
                    }

                    break;
                case "DaemonSet":
                    NonNegative(ctx, minor, DaemonSetSpec, spec, specPath, DaemonSetCounts);
                    if (spec.GetMapping("updateStrategy") is { } daemonUpdate && daemonUpdate.GetMapping("rollingUpdate") is { } daemonRolling
                        && IsRollingUpdate(daemonUpdate, obj.ApiVersion == "extensions/v1beta1"))
                    {
                        var rollingPath = specPath.Child("updateStrategy").Child("rollingUpdate");
                        IntOrPercent(ctx, minor, DaemonSetRollingUpdate, daemonRolling, rollingPath, "maxUnavailable", capAt100: true);
                        IntOrPercent(ctx, minor, DaemonSetMaxSurge, daemonRolling, rollingPath, "maxSurge", capAt100: true);
                    }

                    break;
                case "Job":
                    Job(ctx, minor, spec, specPath);
                    break;
                case "CronJob":
                    NonNegative(ctx, minor, CronJobSpec, spec, specPath, CronJobCounts);
                    if (spec.MappingAt("jobTemplate.spec") is { } jobSpec)
                    {
                        Job(ctx, minor, jobSpec, specPath.Child("jobTemplate").Child("spec"));
                    }

                    break;
                case "HorizontalPodAutoscaler":
                    Autoscaler(ctx, minor, spec, specPath);
                    break;
                case "PodDisruptionBudget":
                    IntOrPercent(ctx, minor, PodDisruptionBudgetSpec, spec, specPath, "minAvailable", capAt100: true);
                    IntOrPercent(ctx, minor, PodDisruptionBudgetSpec, spec, specPath, "maxUnavailable", capAt100: true);
                    break;
                case "Service":
                    if (AffinityTimeout.AppliesTo(minor) && spec.GetString("sessionAffinity") == "ClientIP"
                        && spec.MappingAt("sessionAffinityConfig.clientIP") is { } clientIp
                        && YValues.TryGetInt(clientIp["timeoutSeconds"], out var timeout) && timeout is <= 0 or > 86400)
                    {
                        ctx.Report(Rule, clientIp["timeoutSeconds"]!, FieldPath.Parse("spec.sessionAffinityConfig.clientIP.timeoutSeconds"), Invalid(timeout, "must be greater than 0 and less than 86400"), "use 1 to 86400 seconds (the default is 10800)");
                    }

                    break;
            }
        }

        foreach (var podSpec in PodSpecPaths.ValidatedOf(obj))
        {
            PodSpec(ctx, minor, podSpec);
        }
    }

    /// <summary>An update strategy whose <c>rollingUpdate</c> the apiserver validates: type RollingUpdate,
    /// or no type where the API version defaults it to RollingUpdate (the oldest versions default to OnDelete).</summary>
    private static bool IsRollingUpdate(YMapping strategy, bool defaultsToOnDelete) =>
        strategy["type"] is YScalar { IsNull: false } type ? type.Value == "RollingUpdate" : !defaultsToOnDelete;

    private static void Job(ObjectAnalysisContext ctx, int minor, YMapping spec, FieldPath specPath)
    {
        NonNegative(ctx, minor, JobSpec, spec, specPath, JobCounts);
        NonNegative(ctx, minor, JobTtl, spec, specPath, Ttl);
    }

    /// <summary>pkg/apis/scheduling/validation/validation.go: ValidatePriorityClass: a class not named system-…
    /// (those are KL1012's) may not go above HighestUserDefinablePriority.</summary>
    private static void PriorityClass(ObjectAnalysisContext ctx, int minor)
    {
        var root = ctx.Object.Root;
        if (SystemPriorityClasses.Source.AppliesTo(minor) && YValues.TryGetInt(root["value"], out var value) && value > SystemPriorityClasses.HighestUserDefinable
            && !(root.MappingAt("metadata")?.GetString("name") ?? string.Empty).StartsWith(SystemPriorityClasses.Prefix, StringComparison.Ordinal))
        {
            ctx.Report(Rule, root["value"]!, FieldPath.Root("value"), $"Forbidden: maximum allowed value of a user defined priority is {SystemPriorityClasses.HighestUserDefinable}",
                "use at most 1000000000; values above are kept for system-node-critical and system-cluster-critical");
        }
    }

    /// <summary>The file modes of configMap, secret, downwardAPI and projected volumes: defaultMode and items[].mode.</summary>
    private static void FileModes(ObjectAnalysisContext ctx, YSequence volumes, FieldPath volumesPath)
    {
        for (var i = 0; i < volumes.Count; i++)
        {
            if (volumes.Items[i] is not YMapping volume)
            {
                continue;
            }

            var path = volumesPath.Index(i);
            foreach (var source in ModeSources)
            {
                if (volume.GetMapping(source) is { } mapping)
                {
                    Mode(ctx, mapping, path.Child(source), "defaultMode");
                    ItemModes(ctx, mapping, path.Child(source));
                }
            }

            if (volume.GetMapping("projected") is not { } projected)
            {
                continue;
            }

            Mode(ctx, projected, path.Child("projected"), "defaultMode");
            if (projected.GetSequence("sources") is { } sources)
            {
                for (var j = 0; j < sources.Count; j++)
                {
                    foreach (var source in ModeSources)
                    {
                        if (sources.Items[j] is YMapping projection && projection.GetMapping(source) is { } mapping)
                        {
                            ItemModes(ctx, mapping, path.Child("projected").Child("sources").Index(j).Child(source));
                        }
                    }
                }
            }
        }
    }

    private static void ItemModes(ObjectAnalysisContext ctx, YMapping source, FieldPath sourcePath)
    {
        if (source.GetSequence("items") is not { } items)
        {
            return;
        }

        for (var k = 0; k < items.Count; k++)
        {
            if (items.Items[k] is YMapping item)
            {
                Mode(ctx, item, sourcePath.Child("items").Index(k), "mode");
            }
        }
    }

    private static void Mode(ObjectAnalysisContext ctx, YMapping owner, FieldPath ownerPath, string key)
    {
        if (owner[key] is YScalar { IsPlain: true } scalar && KubeLint.Core.Api.JsonNumbers.TryRead(scalar, out var whole, out _) && whole is { } mode and (< 0 or > 511))
        {
            var fix = mode is >= 0 and <= 777 && ApiserverRules.AllDigits(scalar.Value.AsSpan()) && !scalar.Value.Contains('8') && !scalar.Value.Contains('9')
                ? $"write the octal mode with a leading zero (0{scalar.Value}) or in decimal"
                : "use 0 to 0777 (octal; 511 in decimal)";
            ctx.Report(Rule, scalar, ownerPath.Child(key), Invalid(mode, "must be a number between 0 and 0777 (octal), both inclusive"), fix);
        }
    }

    private static void Autoscaler(ObjectAnalysisContext ctx, int minor, YMapping spec, FieldPath specPath)
    {
        // pkg/apis/autoscaling/validation/validation.go: validateMetricTarget (targets above 0), validateScalingRules and
        // validateScalingPolicy (the behavior's bounds); see AutoscalerSpecChecks for the minors.
        foreach (var finding in AutoscalerSpecChecks.Of(ctx.Object, minor, ApiserverProblem.OutOfRange))
        {
            ctx.Report(Rule, finding.Node, finding.Path, finding.Wording, finding.Fix);
        }

        if (YValues.TryGetInt(spec["minReplicas"], out var min) && min < 1)
        {
            var wording = HpaMinReplicas.AppliesTo(minor) ? "must be greater than or equal to 1" : "must be greater than 0";
            ctx.Report(Rule, spec["minReplicas"]!, specPath.Child("minReplicas"), Invalid(min, wording), "use 1 or more (scaling to zero needs the alpha gate HPAScaleToZero)");
        }

        if (HpaMaxReplicas.AppliesTo(minor) && YValues.TryGetInt(spec["maxReplicas"], out var max) && max < 1)
        {
            ctx.Report(Rule, spec["maxReplicas"]!, specPath.Child("maxReplicas"), Invalid(max, "must be greater than 0"), "use 1 or more");
        }
    }

    private static void PodSpec(ObjectAnalysisContext ctx, int minor, PodSpecAt podSpec)
    {
        var spec = podSpec.Spec;
        if (spec.GetMapping("affinity") is { } affinity)
        {
            Affinity(ctx, minor, affinity, podSpec.Path.Child("affinity"));
        }

        if (PodActiveDeadline.AppliesTo(minor) && YValues.TryGetInt(spec["activeDeadlineSeconds"], out var deadline) && deadline is < 1 or > int.MaxValue)
        {
            ctx.Report(Rule, spec["activeDeadlineSeconds"]!, podSpec.Path.Child("activeDeadlineSeconds"), Invalid(deadline, "must be between 1 and 2147483647, inclusive"), "use 1 second or more, or leave it out for no deadline");
        }

        if (TokenExpiration.AppliesTo(minor) && spec.GetSequence("volumes") is { } volumes)
        {
            TokenExpirations(ctx, volumes, podSpec.Path.Child("volumes"));
        }

        if (FileMode.AppliesTo(minor) && spec.GetSequence("volumes") is { } moded)
        {
            FileModes(ctx, moded, podSpec.Path.Child("volumes"));
        }

        if (MaxSkew.AppliesTo(minor) && spec.GetSequence("topologySpreadConstraints") is { } constraints)
        {
            for (var i = 0; i < constraints.Count; i++)
            {
                if (constraints.Items[i] is YMapping constraint && YValues.TryGetInt(constraint["maxSkew"], out var skew) && skew <= 0)
                {
                    ctx.Report(Rule, constraint["maxSkew"]!, podSpec.Path.Child("topologySpreadConstraints").Index(i).Child("maxSkew"), Invalid(skew, "must be greater than zero"), "use 1 or more");
                }
            }
        }

        foreach (var container in PodSpecPaths.Containers(podSpec))
        {
            var role = container.Container.Role;
            if (role == ContainerRole.Ephemeral)
            {
                continue; // resources and probes are forbidden there altogether
            }

            if (container.Node.GetMapping("resources") is { } resources)
            {
                Resources(ctx, minor, resources, container.Path.Child("resources"));
            }

            // Probes are validated on regular containers and on sidecars (init containers with
            // restartPolicy Always, 1.29 on); other init containers may not have them at all.
            if (role == ContainerRole.Regular || (container.Container.IsSidecar && minor >= 29))
            {
                foreach (var probeKey in ProbeKeys)
                {
                    // startupProbe: alpha 1.16 (off, the field is dropped), beta and on from 1.18.
                    if ((probeKey != "startupProbe" || minor >= 18) && container.Node.GetMapping(probeKey) is { } probe)
                    {
                        Probe(ctx, minor, probe, container.Path.Child(probeKey), probeKey != "readinessProbe");
                    }
                }
            }
        }
    }

    /// <summary>A projected service account token lives from 10 minutes to 2^32 seconds.</summary>
    private static void TokenExpirations(ObjectAnalysisContext ctx, YSequence volumes, FieldPath path)
    {
        for (var i = 0; i < volumes.Count; i++)
        {
            if ((volumes.Items[i] as YMapping)?.MappingAt("projected")?.GetSequence("sources") is not { } sources)
            {
                continue;
            }

            for (var j = 0; j < sources.Count; j++)
            {
                if ((sources.Items[j] as YMapping)?.GetMapping("serviceAccountToken") is not { } token
                    || !YValues.TryGetInt(token["expirationSeconds"], out var seconds) || seconds is >= 600 and <= 1L << 32)
                {
                    continue;
                }

                var wording = seconds < 600 ? "may not specify a duration less than 10 minutes" : "may not specify a duration larger than 2^32 seconds";
                ctx.Report(Rule, token["expirationSeconds"]!, path.Index(i).Child("projected").Child("sources").Index(j).Child("serviceAccountToken").Child("expirationSeconds"), Invalid(seconds, wording), "use 600 seconds or more (the default is 3600)");
            }
        }
    }

    private static void Probe(ObjectAnalysisContext ctx, int minor, YMapping probe, FieldPath path, bool successMustBeOne)
    {
        NonNegative(ctx, minor, ProbeFields, probe, path, ProbeCounts);

        // 0 is defaulted to 1 before validation; a negative value is reported above.
        if (successMustBeOne && ProbeSuccessThreshold.AppliesTo(minor) && YValues.TryGetInt(probe["successThreshold"], out var success) && success > 1)
        {
            ctx.Report(Rule, probe["successThreshold"]!, path.Child("successThreshold"), Invalid(success, "must be 1"), "liveness and startup probes succeed on the first success: use 1 or leave it out");
        }

        if (ProbeGracePeriod.AppliesTo(minor) && YValues.TryGetInt(probe["terminationGracePeriodSeconds"], out var grace) && grace <= 0)
        {
            ctx.Report(Rule, probe["terminationGracePeriodSeconds"]!, path.Child("terminationGracePeriodSeconds"), Invalid(grace, "must be greater than 0"), "use 1 or more, or leave it out to use the pod's");
        }
    }

    private static void Resources(ObjectAnalysisContext ctx, int minor, YMapping resources, FieldPath path)
    {
        if (!ResourceQuantity.AppliesTo(minor))
        {
            return;
        }

        foreach (var list in ResourceLists)
        {
            if (resources.GetMapping(list) is not { } quantities)
            {
                continue;
            }

            foreach (var entry in quantities.Entries)
            {
                if (entry.Value is YScalar { IsNull: false } value && !YValues.IsPlaceholder(value.Value)
                    && value.Value.StartsWith('-') && Quantity.TryParse(value.Value, out var quantity) && quantity.Sign < 0)
                {
                    ctx.Report(Rule, value, path.Child(list).Key(entry.Key.Value), $"Invalid value: \"{value.Value}\": must be greater than or equal to 0", "a request or limit cannot be negative");
                }
            }
        }
    }

    private static void Affinity(ObjectAnalysisContext ctx, int minor, YMapping affinity, FieldPath path)
    {
        if (!AffinityWeight.AppliesTo(minor))
        {
            return;
        }

        Weights(ctx, affinity.GetMapping("nodeAffinity"), path.Child("nodeAffinity"));
        Weights(ctx, affinity.GetMapping("podAffinity"), path.Child("podAffinity"));
        Weights(ctx, affinity.GetMapping("podAntiAffinity"), path.Child("podAntiAffinity"));
    }

    private static void Weights(ObjectAnalysisContext ctx, YMapping? affinity, FieldPath path)
    {
        if (affinity?.GetSequence("preferredDuringSchedulingIgnoredDuringExecution") is not { } terms)
        {
            return;
        }

        for (var i = 0; i < terms.Count; i++)
        {
            if (terms.Items[i] is YMapping term && YValues.TryGetInt(term["weight"], out var weight) && weight is <= 0 or > 100)
            {
                ctx.Report(Rule, term["weight"]!, path.Child("preferredDuringSchedulingIgnoredDuringExecution").Index(i).Child("weight"), Invalid(weight, "must be in the range 1-100"), "use a weight from 1 to 100");
            }
        }
    }

    /// <summary>Integer fields that must not be negative (<c>ValidateNonnegativeField</c>).</summary>
    private static void NonNegative(ObjectAnalysisContext ctx, int minor, ValidationSource source, YMapping map, FieldPath path, string[] keys)
    {
        if (!source.AppliesTo(minor))
        {
            return;
        }

        foreach (var key in keys)
        {
            if (YValues.TryGetInt(map[key], out var value) && value < 0)
            {
                ctx.Report(Rule, map[key]!, path.Child(key), Invalid(value, "must be greater than or equal to 0"), NonNegativeFix);
            }
        }
    }

    /// <summary>An int-or-percent field: a count must not be negative (<c>ValidatePositiveIntOrPercent</c>), a
    /// percentage not above 100 where <c>IsNotMoreThan100Percent</c> is applied.</summary>
    private static void IntOrPercent(ObjectAnalysisContext ctx, int minor, ValidationSource source, YMapping map, FieldPath path, string key, bool capAt100)
    {
        var node = map[key];
        if (!source.AppliesTo(minor) || !YValues.TryGetIntOrPercent(node, out var value, out var isPercent))
        {
            return;
        }

        if (!isPercent && value < 0)
        {
            ctx.Report(Rule, node!, path.Child(key), Invalid(value, "must be greater than or equal to 0"), NonNegativeFix);
        }
        else if (isPercent && capAt100 && value > 100)
        {
            ctx.Report(Rule, node!, path.Child(key), $"Invalid value: \"{value.ToString(CultureInfo.InvariantCulture)}%\": must not be greater than 100%", "use a percentage from 0% to 100%");
        }
    }

    private static string Invalid(long value, string detail) =>
        $"Invalid value: {value.ToString(CultureInfo.InvariantCulture)}: {detail}";
}
