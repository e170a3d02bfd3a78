using KubeLint.Core.Model;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Storage;

/// <summary>
/// pkg/apis/storage/validation/validation.go: ValidateVolumeAttachment → validateVolumeAttachmentSpec (attacher
/// required, exactly one of source.persistentVolumeName and source.inlineVolumeSpec, nodeName a node name) and, for
/// storage.k8s.io/v1 requests, ValidateVolumeAttachmentV1 (the attacher a CSI driver name: at most 63 characters, a
/// DNS subdomain once lower-cased). Read in the 1.16 and later sources (inlineVolumeSpec is 1.15's). Absent required
/// fields are KL1005's.
/// </summary>
internal static class VolumeAttachmentChecks
{
    private const string File = "pkg/apis/storage/validation/validation.go";

    public static readonly ValidationSource Spec = new(File, "validateVolumeAttachmentSpec (validateAttacher, validateVolumeAttachmentSource, validateNodeName)", Since: 16);
    public static readonly ValidationSource V1Attacher = new(File, "ValidateVolumeAttachmentV1 (ValidateCSIDriverName)", Since: 16);

    private const int MaxDriverName = 63;

    public static void Check(YMapping root, bool v1, KindFindings findings)
    {
        if (!findings.Enforced(Spec) || root.GetMapping("spec") is not { } spec)
        {
            return;
        }

        var specPath = FieldPath.Root("spec");
        if (spec.TryGetEntry("attacher", out var attacherEntry) && attacherEntry.Value is YScalar attacherNode)
        {
            Attacher(attacherEntry.Key, attacherNode, specPath.Child("attacher"), v1 && findings.Enforced(V1Attacher), findings);
        }

        if (spec.TryGetEntry("source", out var sourceEntry) && sourceEntry.Value is YMapping source)
        {
            Source(sourceEntry.Key, source, specPath.Child("source"), findings);
        }

        if (BuiltInKindChecks.Text(spec["nodeName"]) is { Value.Length: > 0 } node && KubernetesNames.CheckDns1123Subdomain(node.Value) is { } problem)
        {
            findings.Invalid(ApiserverProblem.InvalidName, node, specPath.Child("nodeName"), problem, "give the name of the node the volume is attached to");
        }
    }

    private static void Attacher(YScalar key, YScalar attacher, FieldPath path, bool driverName, KindFindings findings)
    {
        if (attacher.IsNull || attacher.Value.Length == 0)
        {
            findings.Add(ApiserverProblem.Required, key, path, "Required value", "name the attacher (the CSI driver, e.g. ebs.csi.aws.com)");
            return;
        }

        if (!driverName || BuiltInKindChecks.Text(attacher) is not { } text)
        {
            return;
        }

        if (text.Value.Length > MaxDriverName)
        {
            findings.Add(ApiserverProblem.OutOfRange, text, path, $"Too long: must have at most {MaxDriverName} bytes", "a CSI driver's name has at most 63 characters");
        }

        if (KubernetesNames.CheckDns1123Subdomain(text.Value.ToLowerInvariant()) is { } problem)
        {
            findings.Invalid(ApiserverProblem.InvalidName, text, path, problem, "give the CSI driver's name as it registers (a DNS subdomain, e.g. ebs.csi.aws.com)");
        }
    }

    private static void Source(YScalar key, YMapping source, FieldPath path, KindFindings findings)
    {
        var hasName = source.TryGetEntry("persistentVolumeName", out var nameEntry) && nameEntry.Value is not YScalar { IsNull: true };
        var hasInline = source.TryGetEntry("inlineVolumeSpec", out var inlineEntry) && inlineEntry.Value is not YScalar { IsNull: true };
        if (!hasName && !hasInline)
        {
            findings.Add(ApiserverProblem.Required, key, path, "Required value: must specify exactly one of inlineVolumeSpec and persistentVolumeName",
                "name the PersistentVolume to attach (persistentVolumeName), or give its spec inline");
        }
        else if (hasName && hasInline)
        {
            var second = nameEntry.Key.Start.CompareTo(inlineEntry.Key.Start) < 0 ? inlineEntry.Key : nameEntry.Key;
            findings.Add(ApiserverProblem.Forbidden, second, path, "Forbidden: must specify exactly one of inlineVolumeSpec and persistentVolumeName",
                "keep persistentVolumeName or inlineVolumeSpec, not both");
        }
        else if (hasName && nameEntry.Value is YScalar { Value.Length: 0 })
        {
            findings.Add(ApiserverProblem.Required, nameEntry.Key, path.Child("persistentVolumeName"), "Required value: must specify non empty persistentVolumeName",
                "name the PersistentVolume to attach");
        }
    }
}
