using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Pods;

/// <summary>
/// Field checks of volume sources that pods and PersistentVolumes share (pkg/apis/core/validation/validation.go:
/// validateVolumeSource and validatePersistentVolumeSpec call the same functions). Missing required fields are
/// KL1011's; two sources in one volume KL1015's.
/// </summary>
internal static class VolumeSourceChecks
{
    /// <summary>validateNFSVolumeSource: the exported path must be absolute (path.IsAbs), every minor.</summary>
    public static readonly ValidationSource NfsPath = new("pkg/apis/core/validation/validation.go", "validateNFSVolumeSource (path.IsAbs)");

    /// <summary>Checks the sources of <paramref name="volume"/> (a pod volume or a PersistentVolume's spec) at <paramref name="path"/>.</summary>
    public static void Check(YMapping volume, FieldPath path, KindFindings findings)
    {
        if (findings.Enforced(NfsPath) && volume.GetMapping("nfs") is { } nfs && BuiltInKindChecks.Text(nfs["path"]) is { Value.Length: > 0 } exportPath
            && exportPath.Value[0] != '/')
        {
            findings.Invalid(ApiserverProblem.InvalidValue, exportPath, path.Child("nfs").Child("path"), "must be an absolute path",
                $"give the path the server exports from its root: /{exportPath.Value}");
        }
    }
}
