using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>What kustomize's <c>patches[].options</c> allow a strategic merge patch to change.</summary>
internal readonly record struct StrategicMergeOptions(bool AllowNameChange = false, bool AllowKindChange = false);

/// <summary>
/// Applies a strategic merge patch to one object as <c>kubectl kustomize</c> does: kubernetes-sigs/kustomize
/// api/resource/resource.go, Resource.ApplySmPatch, which merges with kyaml's merge2 (api/filters/patchstrategicmerge,
/// Filter.Filter) and then puts the target's kind, name and namespace back unless the options allow a change.
/// Pure: the target is not changed; the result shares its untouched nodes and reuses the patch's nodes for what the
/// patch sets.
/// </summary>
internal static class StrategicMergePatch
{
    /// <param name="target">The object's root mapping.</param>
    /// <param name="patch">One patch document's root.</param>
    /// <param name="provenance">Where new nodes are recorded (null: not recorded).</param>
    /// <param name="table">List merge keys; null for kustomize's built-in table (<see cref="MergeKeyTable.Kustomize"/>).</param>
    /// <param name="options">The patch entry's <c>allowNameChange</c> and <c>allowKindChange</c>.</param>
    public static PatchResult Apply(YMapping target, YNode patch, PatchProvenance? provenance, MergeKeyTable? table = null, StrategicMergeOptions options = default)
    {
        if (patch is not YMapping patchRoot)
        {
            return PatchResult.Failed($"a strategic merge patch is a mapping, not {YamlNulls.Describe(patch)}", patch);
        }

        provenance?.RecordPatch(patchRoot);
        var merger = new StrategicMerger(
            table ?? MergeKeyTable.Kustomize, target.GetString("apiVersion") ?? string.Empty, target.GetString("kind") ?? string.Empty, provenance);
        var merged = merger.Merge(target, patchRoot, string.Empty, 0);
        if (merger.Error is not null)
        {
            return new PatchResult(null, merger.Error);
        }

        if (merged is not YMapping result)
        {
            return PatchResult.Of(null); // $patch: delete at the root: the object leaves the build
        }

        if (!options.AllowKindChange)
        {
            result = Restore(result, target, "kind", provenance);
        }

        var metadata = target.GetMapping("metadata");
        if (result.GetMapping("metadata") is { } resultMetadata && metadata is not null && !ReferenceEquals(resultMetadata, metadata))
        {
            var restored = resultMetadata;
            if (!options.AllowNameChange)
            {
                restored = Restore(restored, metadata, "name", provenance);
            }

            restored = Restore(restored, metadata, "namespace", provenance);
            if (!ReferenceEquals(restored, resultMetadata))
            {
                result = Rebuilt(YBuild.With(result, result.GetKey("metadata")!, restored), result, provenance);
            }
        }

        return PatchResult.Of(result);
    }

    /// <summary>The target's value of <paramref name="key"/> put back (or the key dropped, when the target has none).</summary>
    private static YMapping Restore(YMapping result, YMapping original, string key, PatchProvenance? provenance)
    {
        var had = original.TryGetEntry(key, out var entry);
        var has = result.TryGetEntry(key, out var current);
        if (had && has && ReferenceEquals(current.Value, entry.Value))
        {
            return result;
        }

        if (had)
        {
            return has && current.Value is YScalar now && entry.Value is YScalar was && now.Value == was.Value
                ? result
                : Rebuilt(YBuild.With(result, entry.Key, entry.Value), result, provenance);
        }

        return has ? Rebuilt(YBuild.Without(result, key), result, provenance) : result;
    }

    private static YMapping Rebuilt(YMapping rebuilt, YMapping from, PatchProvenance? provenance)
    {
        provenance?.RecordRebuilt(rebuilt, from);
        return rebuilt;
    }
}
