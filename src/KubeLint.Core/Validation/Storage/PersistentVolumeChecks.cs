using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Validation.Pods;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Storage;

/// <summary>
/// pkg/apis/core/validation/validation.go: ValidatePersistentVolumeSpec validates a PersistentVolume's source with
/// the functions pod volumes use (validateNFSVolumeSource …), so the shared <see cref="VolumeSourceChecks"/> read its
/// spec. Required fields and access modes are KL1011's.
/// </summary>
public static class PersistentVolumeChecks
{
    public static void Check(YMapping root, KindFindings findings)
    {
        if (root.GetMapping("spec") is { } spec)
        {
            VolumeSourceChecks.Check(spec, FieldPath.Root("spec"), findings);
        }
    }
}
