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
/// KL1016: an entry that the apiserver's validation requires to be unique, used twice: a pod's volume
/// names, a container's mount paths, device paths and device names (and a path or volume used both as a
/// mount and as a device), host ports across a pod's containers, topology spread constraints with one
/// topologyKey and whenUnsatisfiable, scheduling gates, resize policies, a Service's port and protocol
/// pairs, and a ConfigMap key in both <c>data</c> and <c>binaryData</c>. The finding sits on the later
/// entry and points at the first. Names the other rules own are left to them: container and port names
/// (KL4018), Service port names (KL3004), node ports (KL2002); env var names and container ports are only
/// warnings upstream (KL4017, KL4030).
/// </summary>
internal sealed class KL1016DuplicateEntryAnalyzer : KubeAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = ApiserverRules.Create("KL1016", "Duplicate entry");

    private const string CoreValidation = "pkg/apis/core/validation/validation.go";

    // Each check with where it comes from and the minors that enforce it.
    internal static readonly ValidationSource VolumeNames = new(CoreValidation, "ValidateVolumes");
    internal static readonly ValidationSource MountPaths = new(CoreValidation, "ValidateVolumeMounts"); // #23176, 1.3
    internal static readonly ValidationSource DeviceEntries = new(CoreValidation, "ValidateVolumeDevices", Since: 13); // BlockVolume beta (on) in 1.13
    internal static readonly ValidationSource HostPorts = new(CoreValidation, "AccumulateUniqueHostPorts");
    internal static readonly ValidationSource SpreadConstraints = new(CoreValidation, "ValidateSpreadConstraintNotRepeat", Since: 18); // EvenPodsSpread beta (on) in 1.18
    internal static readonly ValidationSource SchedulingGates = new(CoreValidation, "validateSchedulingGates", Since: 27); // PodSchedulingReadiness beta (on) in 1.27
    internal static readonly ValidationSource ResizePolicies = new(CoreValidation, "validateResizePolicy", Since: 33); // InPlacePodVerticalScaling beta (on) in 1.33
    internal static readonly ValidationSource ServicePorts = new(CoreValidation, "ValidateService", Since: 10);
    internal static readonly ValidationSource ConfigMapKeys = new(CoreValidation, "ValidateConfigMap", Since: 10); // binaryData is new in 1.10

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        // StatefulSet is left out on purpose: the apiserver does not validate its pod template's spec.
        context.RegisterObjectAction(AnalyzePods, "Pod", "PodTemplate", "Deployment", "ReplicaSet", "ReplicationController", "DaemonSet", "Job", "CronJob");
        context.RegisterObjectAction(AnalyzeService, "Service");
        context.RegisterObjectAction(AnalyzeConfigMap, "ConfigMap");
        context.RegisterObjectAction(ctx => BuiltInKindChecks.Report(ctx, Rule, ApiserverProblem.Duplicate), BuiltInKindChecks.Kinds);
        context.RegisterObjectAction(ctx => Validation.Pods.PodSpecChecks.Report(ctx, Rule, ApiserverProblem.Duplicate), Validation.Pods.PodSpecChecks.Kinds);
    }

    private static void AnalyzePods(ObjectAnalysisContext ctx)
    {
        if (!PodSpecPaths.IsValidated(ctx.Object))
        {
            return;
        }

        var minor = ctx.TargetMinor();
        foreach (var spec in PodSpecPaths.ValidatedOf(ctx.Object))
        {
            if (VolumeNames.AppliesTo(minor))
            {
                CheckNames(ctx, spec.Spec.GetSequence("volumes"), spec.Path.Child("volumes"), "name", true, "give each volume its own name");
            }

            if (SpreadConstraints.AppliesTo(minor))
            {
                CheckSpreadConstraints(ctx, spec);
            }

            if (SchedulingGates.AppliesTo(minor))
            {
                CheckNames(ctx, spec.Spec.GetSequence("schedulingGates"), spec.Path.Child("schedulingGates"), "name", false, "list each scheduling gate once");
            }

            Dictionary<string, YScalar>? regularHostPorts = null;
            foreach (var container in PodSpecPaths.Containers(spec))
            {
                if (container.Container.Role == ContainerRole.Ephemeral)
                {
                    continue; // not allowed on create; the apiserver says so before anything else
                }

                CheckMountsAndDevices(ctx, container, minor);
                if (ResizePolicies.AppliesTo(minor))
                {
                    CheckNames(ctx, container.Node.GetSequence("resizePolicy"), container.Path.Child("resizePolicy"), "resourceName", false, "give each resource one resize policy");
                }

                // Regular containers share one set of host ports; each init container is checked on its own,
                // since they run one after another (validateInitContainers). Older minors were stricter (no host
                // IP in the key, init containers together), so this reports a subset at every minor.
                if (container.Container.Role == ContainerRole.Regular)
                {
                    CheckHostPorts(ctx, container, regularHostPorts ??= new Dictionary<string, YScalar>(StringComparer.Ordinal));
                }
                else
                {
                    CheckHostPorts(ctx, container, null);
                }
            }
        }
    }

    /// <summary>A list of mappings whose <paramref name="key"/> must be unique (<c>field.Duplicate</c> on the
    /// item, or on its key when <paramref name="pathOnKey"/>, as the apiserver names it).</summary>
    private static void CheckNames(ObjectAnalysisContext ctx, YSequence? items, FieldPath listPath, string key, bool pathOnKey, string fix)
    {
        if (items is not { Count: > 1 })
        {
            return;
        }

        var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (items.Items[i] is not YMapping item || !TryGetText(item, key, out var value))
            {
                continue;
            }

            if (seen.TryGetValue(value.Value, out var first))
            {
                ctx.Report(Rule, value, pathOnKey ? listPath.Index(i).Child(key) : listPath.Index(i), $"Duplicate value: \"{value.Value}\"", $"{fix} (first at line {first.Start.Line})", first);
            }
            else
            {
                seen.Add(value.Value, value);
            }
        }
    }

    private static void CheckMountsAndDevices(ObjectAnalysisContext ctx, ContainerAt container, int minor)
    {
        var mounts = container.Node.GetSequence("volumeMounts");
        if (MountPaths.AppliesTo(minor) && mounts is { Count: > 1 })
        {
            var paths = new Dictionary<string, YScalar>(StringComparer.Ordinal);
            var mountsPath = container.Path.Child("volumeMounts");
            for (var i = 0; i < mounts.Count; i++)
            {
                if (mounts.Items[i] is YMapping mount && TryGetText(mount, "mountPath", out var mountPath))
                {
                    if (paths.TryGetValue(mountPath.Value, out var first))
                    {
                        ctx.Report(Rule, mountPath, mountsPath.Index(i).Child("mountPath"), $"Invalid value: \"{mountPath.Value}\": must be unique", $"mount one volume per path in a container (first at line {first.Start.Line})", first);
                    }
                    else
                    {
                        paths.Add(mountPath.Value, mountPath);
                    }
                }
            }
        }

        if (!DeviceEntries.AppliesTo(minor) || container.Node.GetSequence("volumeDevices") is not { Count: > 0 } devices)
        {
            return;
        }

        var devicesPath = container.Path.Child("volumeDevices");
        var devicePaths = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        var deviceNames = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices.Items[i] is not YMapping device)
            {
                continue;
            }

            var itemPath = devicesPath.Index(i);
            if (TryGetText(device, "name", out var name))
            {
                if (deviceNames.TryGetValue(name.Value, out var first))
                {
                    ctx.Report(Rule, name, itemPath.Child("name"), $"Invalid value: \"{name.Value}\": must be unique", $"attach each volume as a device once (first at line {first.Start.Line})", first);
                }
                else
                {
                    deviceNames.Add(name.Value, name);
                    if (FindMount(mounts, "name", name.Value) is { } mounted)
                    {
                        ctx.Report(Rule, name, itemPath.Child("name"), $"Invalid value: \"{name.Value}\": must not already exist in volumeMounts", $"use the volume either as a mount or as a block device, not both (mounted at line {mounted.Start.Line})", mounted);
                    }
                }
            }

            if (TryGetText(device, "devicePath", out var devicePath))
            {
                if (devicePaths.TryGetValue(devicePath.Value, out var first))
                {
                    ctx.Report(Rule, devicePath, itemPath.Child("devicePath"), $"Invalid value: \"{devicePath.Value}\": must be unique", $"give each device its own path (first at line {first.Start.Line})", first);
                }
                else
                {
                    devicePaths.Add(devicePath.Value, devicePath);
                    if (FindMount(mounts, "mountPath", devicePath.Value) is { } mounted)
                    {
                        ctx.Report(Rule, devicePath, itemPath.Child("devicePath"), $"Invalid value: \"{devicePath.Value}\": must not already exist as a path in volumeMounts", $"use a path no volume is mounted at (mounted at line {mounted.Start.Line})", mounted);
                    }
                }
            }
        }
    }

    /// <summary>The <paramref name="key"/> value of the first volume mount whose value is <paramref name="value"/>.</summary>
    private static YScalar? FindMount(YSequence? mounts, string key, string value)
    {
        if (mounts is null)
        {
            return null;
        }

        foreach (var item in mounts.Items)
        {
            if (item is YMapping mount && TryGetText(mount, key, out var text) && text.Value == value)
            {
                return text;
            }
        }

        return null;
    }

    private static void CheckHostPorts(ObjectAnalysisContext ctx, ContainerAt container, Dictionary<string, YScalar>? shared)
    {
        if (container.Node.GetSequence("ports") is not { Count: > 0 } ports)
        {
            return;
        }

        var seen = shared;
        var portsPath = container.Path.Child("ports");
        for (var i = 0; i < ports.Count; i++)
        {
            if (ports.Items[i] is not YMapping port || port["hostPort"] is not YScalar hostPort
                || !YValues.TryGetInt(hostPort, out var number) || number == 0)
            {
                continue;
            }

            var protocol = "TCP";
            if (port["protocol"] is YScalar { IsNull: false } protocolNode)
            {
                if (YValues.IsPlaceholder(protocolNode.Value))
                {
                    continue;
                }

                protocol = protocolNode.Value;
            }

            var hostIp = port["hostIP"] is YScalar { IsNull: false } ipNode ? ipNode.Value : string.Empty;
            if (YValues.IsPlaceholder(hostIp))
            {
                continue;
            }

            var key = string.Concat(protocol, "/", hostIp, "/", number.ToString(CultureInfo.InvariantCulture));
            seen ??= new Dictionary<string, YScalar>(StringComparer.Ordinal);
            if (seen.TryGetValue(key, out var first))
            {
                var shown = hostIp.Length == 0 ? $"{number}/{protocol}" : $"{hostIp}:{number}/{protocol}";
                ctx.Report(Rule, hostPort, portsPath.Index(i).Child("hostPort"), $"Duplicate value: \"{shown}\"", $"use another host port; a pod can claim each host port only once (first at line {first.Start.Line})", first);
            }
            else
            {
                seen.Add(key, hostPort);
            }
        }
    }

    private static void CheckSpreadConstraints(ObjectAnalysisContext ctx, PodSpecAt spec)
    {
        if (spec.Spec.GetSequence("topologySpreadConstraints") is not { Count: > 1 } constraints)
        {
            return;
        }

        var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        var listPath = spec.Path.Child("topologySpreadConstraints");
        for (var i = 0; i < constraints.Count; i++)
        {
            if (constraints.Items[i] is not YMapping constraint || !TryGetText(constraint, "topologyKey", out var key)
                || !TryGetText(constraint, "whenUnsatisfiable", out var when))
            {
                continue;
            }

            var pair = string.Concat("{", key.Value, ", ", when.Value, "}");
            if (seen.TryGetValue(pair, out var first))
            {
                ctx.Report(Rule, key, listPath.Index(i).Child("{topologyKey, whenUnsatisfiable}"), $"Duplicate value: \"{pair}\"", $"merge the constraints or change one's topologyKey or whenUnsatisfiable (first at line {first.Start.Line})", first);
            }
            else
            {
                seen.Add(pair, key);
            }
        }
    }

    private static void AnalyzeService(ObjectAnalysisContext ctx)
    {
        if (ctx.Object.Group.Length != 0 || !ServicePorts.AppliesTo(ctx.TargetMinor())
            || ctx.Object.Root.GetMapping("spec")?.GetSequence("ports") is not { Count: > 1 } ports)
        {
            return;
        }

        var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
        for (var i = 0; i < ports.Count; i++)
        {
            if (ports.Items[i] is not YMapping port || port["port"] is not YScalar number || !YValues.TryGetInt(number, out var value))
            {
                continue;
            }

            var protocol = "TCP";
            if (port["protocol"] is YScalar { IsNull: false } protocolNode)
            {
                if (YValues.IsPlaceholder(protocolNode.Value))
                {
                    continue;
                }

                protocol = protocolNode.Value;
            }

            var key = string.Concat(value.ToString(CultureInfo.InvariantCulture), "/", protocol);
            if (seen.TryGetValue(key, out var first))
            {
                ctx.Report(Rule, number, FieldPath.Parse("spec.ports").Index(i), $"Duplicate value: \"{key}\"", $"expose each port and protocol once per Service (first at line {first.Start.Line})", first);
            }
            else
            {
                seen.Add(key, number);
            }
        }
    }

    private static void AnalyzeConfigMap(ObjectAnalysisContext ctx)
    {
        var root = ctx.Object.Root;
        if (ctx.Object.Group.Length != 0 || !ConfigMapKeys.AppliesTo(ctx.TargetMinor())
            || root.GetMapping("data") is not { Count: > 0 } data || root.GetMapping("binaryData") is not { Count: > 0 } binary)
        {
            return;
        }

        foreach (var entry in binary.Entries)
        {
            if (YValues.IsPlaceholder(entry.Key.Value))
            {
                continue;
            }

            if (data.GetKey(entry.Key.Value) is { } first)
            {
                ctx.Report(Rule, entry.Key, FieldPath.Root("binaryData"), $"Invalid value: \"{entry.Key.Value}\": duplicate of key present in data", $"keep the key in data or in binaryData, not both (data has it at line {first.Start.Line})", first);
            }
        }
    }

    /// <summary>A non-null scalar value that is not a placeholder.</summary>
    private static bool TryGetText(YMapping mapping, string key, out YScalar value)
    {
        if (mapping[key] is YScalar { IsNull: false } scalar && scalar.Value.Length > 0 && !YValues.IsPlaceholder(scalar.Value))
        {
            value = scalar;
            return true;
        }

        value = null!;
        return false;
    }
}
