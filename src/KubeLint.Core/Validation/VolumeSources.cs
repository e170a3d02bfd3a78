using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation;

/// <summary>
/// The one-of of volume sources, for a pod's volumes (pkg/apis/core/validation/validation.go: validateVolumeSource)
/// and a PersistentVolume's spec (ValidatePersistentVolumeSpec): each source the apiserver knows, in the order it
/// counts them, and the path segment it names (two spelled unlike their field). The first source set is kept, each
/// later one is "may not specify more than 1 volume type"; a source written as null is unset.
/// </summary>
internal static class VolumeSources
{
    /// <summary>validateVolumeSource's order.</summary>
    public static readonly string[] Pod =
    [
        "emptyDir", "hostPath", "gitRepo", "gcePersistentDisk", "awsElasticBlockStore", "secret", "nfs", "iscsi",
        "glusterfs", "flocker", "persistentVolumeClaim", "rbd", "cinder", "cephfs", "quobyte", "downwardAPI", "fc",
        "flexVolume", "configMap", "azureFile", "vsphereVolume", "photonPersistentDisk", "portworxVolume", "azureDisk",
        "storageos", "projected", "scaleIO", "csi", "ephemeral",
    ];

    /// <summary>ValidatePersistentVolumeSpec's order.</summary>
    public static readonly string[] Persistent =
    [
        "hostPath", "gcePersistentDisk", "awsElasticBlockStore", "glusterfs", "flocker", "nfs", "rbd", "quobyte", "cephfs",
        "iscsi", "cinder", "fc", "flexVolume", "azureFile", "vsphereVolume", "photonPersistentDisk", "portworxVolume",
        "azureDisk", "scaleIO", "local", "storageos", "csi",
    ];

    /// <summary>A source found beside an earlier one: its entry, the path segment the apiserver names, and the first source's key.</summary>
    public sealed record Extra(YEntry Entry, string Segment, YScalar First);

    /// <summary>
    /// The sources of <paramref name="owner"/> after its first, in <paramref name="order"/>; <paramref name="counted"/> says
    /// whether the target's apiserver reads a source (one it drops is skipped). A PersistentVolume's flexVolume is counted
    /// but never refused itself (ValidatePersistentVolumeSpec does not compare it), so <paramref name="persistent"/> says which rule holds.
    /// </summary>
    public static List<Extra> Extras(YMapping owner, string[] order, Func<string, bool> counted, bool persistent)
    {
        var extras = new List<Extra>();
        YScalar? first = null;
        foreach (var key in order)
        {
            if (!counted(key) || !owner.TryGetEntry(key, out var entry) || entry.Value is YScalar { IsNull: true })
            {
                continue;
            }

            if (first is null)
            {
                first = entry.Key;
            }
            else if (!(persistent && key == "flexVolume"))
            {
                extras.Add(new Extra(entry, Segment(key, persistent), first));
            }
        }

        return extras;
    }

    private static string Segment(string key, bool persistent) => key switch
    {
        "cephfs" => "cephFS",
        "downwardAPI" when !persistent => "downwarAPI",
        _ => key,
    };
}
