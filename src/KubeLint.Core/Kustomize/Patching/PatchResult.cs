using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>
/// The outcome of applying one patch to one object: the patched object (a new tree sharing every untouched node
/// with the target and every set value with the patch), the object deleted by <c>$patch: delete</c>, or an error.
/// </summary>
internal sealed record PatchResult(YMapping? Object, PatchError? Error)
{
    /// <summary>A strategic merge patch with <c>$patch: delete</c> at its root removes the object from the build.</summary>
    public bool Deleted => Object is null && Error is null;

    internal static PatchResult Of(YMapping? root) => new(root, null);

    internal static PatchResult Failed(string message, YNode at) => new(null, new PatchError(message, at));
}
