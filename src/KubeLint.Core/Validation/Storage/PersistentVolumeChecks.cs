using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Validation.Pods;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Storage;

/// <summary>
/// pkg/apis/core/validation/validation.go: ValidatePersistentVolumeSpec beyond what KL1011 and KL1004 report —
/// capacity holds storage only and every capacity above zero, one volume source (<see cref="VolumeSources"/>, shared
/// with pod volumes), storageClassName a DNS subdomain, the source's own fields as pod volumes check them (<see cref="VolumeSourceChecks"/>) — and pkg/volume/validation/pv_validation.go: checkMountOption
/// (the mount-options annotation only on the volume types that take mount options). The spec field
/// <c>mountOptions</c> is not checked by the apiserver for any type (the plugin fails at mount time).
/// </summary>
internal static class PersistentVolumeChecks
{
    private const string File = "pkg/apis/core/validation/validation.go";

    public static readonly ValidationSource CapacityKeys = new(File, "ValidatePersistentVolumeSpec (capacity: only storage)");
    public static readonly ValidationSource CapacityPositive = new(File, "ValidatePersistentVolumeSpec (ValidatePositiveQuantityValue of capacity)", Since: 9);
    public static readonly ValidationSource OneSource = new(File, "ValidatePersistentVolumeSpec (may not specify more than 1 volume type)");
    public static readonly ValidationSource ClassName = new(File, "ValidatePersistentVolumeSpec (ValidateClassName)", Since: 6);
    public static readonly ValidationSource MountOptionAnnotation = new("pkg/volume/validation/pv_validation.go", "checkMountOption", Since: 9);

    private const string MountOptionsKey = "volume.beta.kubernetes.io/mount-options";

    // checkMountOption's types that take mount options. Flocker, ScaleIO, FC and PortworxVolume were listed too in one
    // version of the sources; they are taken as supported so that no minor is refused what it may have accepted.
    private static readonly string[] MountOptionSources =
    [
        "gcePersistentDisk", "awsElasticBlockStore", "glusterfs", "nfs", "rbd", "quobyte", "iscsi", "cinder", "cephfs",
        "azureFile", "vsphereVolume", "azureDisk", "photonPersistentDisk", "flocker", "scaleIO", "fc", "portworxVolume",
    ];

    public static void Check(YMapping root, KindFindings findings)
    {
        var spec = root.GetMapping("spec");
        var specPath = FieldPath.Root("spec");
        if (spec is not null)
        {
            // The pod volumes' source checks (validateNFSVolumeSource …) read a PV's source too.
            VolumeSourceChecks.Check(spec, specPath, findings);

            if (spec.TryGetEntry("capacity", out var capacity) && capacity.Value is YMapping { Count: > 0 } map)
            {
                Capacity(capacity.Key, map, specPath.Child("capacity"), findings);
            }

            if (findings.Enforced(OneSource))
            {
                foreach (var extra in VolumeSources.Extras(spec, VolumeSources.Persistent, _ => true, persistent: true))
                {
                    findings.Add(ApiserverProblem.Forbidden, extra.Entry.Key, specPath.Child(extra.Segment), "Forbidden: may not specify more than 1 volume type",
                        $"a PersistentVolume has one source: keep {extra.First.Value} or {extra.Entry.Key.Value}, or make two volumes", extra.First);
                }
            }

            if (findings.Enforced(ClassName) && BuiltInKindChecks.Text(spec["storageClassName"]) is { Value.Length: > 0 } className
                && KubernetesNames.CheckDns1123Subdomain(className.Value) is { } problem)
            {
                findings.Invalid(ApiserverProblem.InvalidName, className, specPath.Child("storageClassName"), problem, "name an existing StorageClass (a lower-case DNS subdomain)");
            }
        }

        if (findings.Enforced(MountOptionAnnotation) && root.GetMapping("metadata")?.GetMapping("annotations") is { } annotations
            && annotations.GetKey(MountOptionsKey) is { } annotation && !TakesMountOptions(spec))
        {
            findings.Add(ApiserverProblem.Forbidden, annotation, FieldPath.Root("metadata").Child("annotations").Child(MountOptionsKey),
                "Forbidden: may not specify mount options for this volume type", "this volume type takes no mount options: remove the annotation");
        }
    }

    /// <summary>Exactly storage, each quantity above zero; an empty or absent capacity is KL1011's.</summary>
    private static void Capacity(YScalar key, YMapping capacity, FieldPath path, KindFindings findings)
    {
        if (findings.Enforced(CapacityKeys) && (capacity.Count > 1 || !capacity.TryGetEntry("storage", out _)))
        {
            var names = new List<string>(capacity.Count);
            YScalar? at = null;
            foreach (var entry in capacity.Entries)
            {
                names.Add($"\"{entry.Key.Value}\"");
                at ??= entry.Key.Value == "storage" ? null : entry.Key;
            }

            findings.Add(ApiserverProblem.InvalidName, at ?? key, path, $"Unsupported value: [{string.Join(", ", names)}]: supported values: \"storage\"",
                "a PersistentVolume's capacity is its size alone: give storage (e.g. storage: 10Gi) and nothing else");
        }

        if (!findings.Enforced(CapacityPositive))
        {
            return;
        }

        foreach (var (name, value) in capacity.Entries)
        {
            if (NotPositive(value) is { } amount)
            {
                findings.Add(ApiserverProblem.OutOfRange, amount, path.Key(name.Value), $"Invalid value: \"{amount.Value}\": must be greater than zero", "give the volume's size, e.g. 10Gi");
            }
        }
    }

    /// <summary>The quantity when it parses and is zero or less (ValidatePositiveQuantityValue); a value that does not parse is KL1013's.</summary>
    internal static YScalar? NotPositive(YNode? node) =>
        node is YScalar { IsNull: false } scalar && !YValues.IsPlaceholder(scalar.Value) && Quantity.TryParse(scalar.Value, out var quantity) && quantity.Value <= 0
            ? scalar
            : null;

    private static bool TakesMountOptions(YMapping? spec)
    {
        foreach (var source in MountOptionSources)
        {
            if (spec?[source] is { } value && value is not YScalar { IsNull: true })
            {
                return true;
            }
        }

        return false;
    }
}
