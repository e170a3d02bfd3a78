using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize;

/// <summary>The kind of a kustomization's patch entry.</summary>
internal enum PatchKind
{
    /// <summary>An entry of <c>patches</c>: strategic merge or JSON 6902, told apart by its content.</summary>
    Either,

    /// <summary>An entry of <c>patchesStrategicMerge</c>.</summary>
    StrategicMerge,

    /// <summary>An entry of <c>patchesJson6902</c>.</summary>
    Json6902,
}

/// <summary>One patch a kustomization asks for: a file (<see cref="Path"/>, relative to the kustomization) or inline
/// text (<see cref="Inline"/>), the target selector when given, and the node of the entry for locations.</summary>
internal sealed record PatchEntry(PatchKind Kind, YNode Node, YScalar? Path, YScalar? Inline, YMapping? Target);

/// <summary>
/// Reads <c>patches</c>, <c>patchesStrategicMerge</c> and <c>patchesJson6902</c> (kubernetes-sigs/kustomize
/// api/types/kustomization.go: <c>Patches []Patch</c> with <c>path</c>, <c>patch</c>, <c>target</c>;
/// <c>PatchesStrategicMerge []PatchStrategicMerge</c>, each a path or an inline patch; <c>PatchesJson6902</c> with
/// <c>path</c> or <c>patch</c> and a <c>target</c>). The one place patches enter the build; <see cref="KustomizePatches"/>
/// applies them.
/// </summary>
internal static class KustomizePatchEntries
{
    public static IEnumerable<PatchEntry> Read(KustomizationFile kustomization)
    {
        foreach (var item in kustomization.Root.GetSequence("patches")?.Items ?? default)
        {
            if (item is YMapping patch)
            {
                yield return new PatchEntry(PatchKind.Either, patch, patch["path"] as YScalar, patch["patch"] as YScalar, patch.GetMapping("target"));
            }
        }

        foreach (var item in kustomization.Root.GetSequence("patchesStrategicMerge")?.Items ?? default)
        {
            // An item is a file's path, or a patch written inline (a block scalar holding a newline).
            if (item is YScalar { IsNull: false } scalar)
            {
                var inline = scalar.Value.Contains('\n');
                yield return new PatchEntry(PatchKind.StrategicMerge, scalar, inline ? null : scalar, inline ? scalar : null, null);
            }
        }

        foreach (var item in kustomization.Root.GetSequence("patchesJson6902")?.Items ?? default)
        {
            if (item is YMapping patch)
            {
                yield return new PatchEntry(PatchKind.Json6902, patch, patch["path"] as YScalar, patch["patch"] as YScalar, patch.GetMapping("target"));
            }
        }
    }
}
