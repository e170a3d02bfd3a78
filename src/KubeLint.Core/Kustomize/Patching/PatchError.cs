using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>Why a patch could not be applied (what <c>kubectl kustomize</c> stops on), at the patch node that caused it.</summary>
internal sealed record PatchError(string Message, YNode At)
{
    public override string ToString() => $"{At.Start}: {Message}";
}
