using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>
/// The <c>$patch</c> directive of a strategic merge patch, read as kyaml reads it (kubernetes-sigs/kustomize
/// kyaml/yaml/merge2/smpdirective.go, determineSmpDirective): on a mapping, its <c>$patch</c> key; on a list, an item
/// whose only key is <c>$patch</c>. Once read, the directive is taken out of the patch. kyaml knows only
/// <c>delete</c>, <c>replace</c> and <c>merge</c>; <c>$retainKeys</c>, <c>$setElementOrder/…</c> and
/// <c>$deleteFromPrimitiveList/…</c> (apimachinery pkg/util/strategicpatch/patch.go) are not read by kustomize and
/// stay in its output as ordinary fields, so they do here.
/// </summary>
internal enum SmpDirective
{
    None,
    Merge,
    Replace,
    Delete,
}

internal static class SmpDirectives
{
    public const string Key = "$patch";

    /// <summary>The directive of a mapping and the mapping without it; an unknown value is an error kustomize stops on.</summary>
    public static SmpDirective Read(YMapping patch, out YMapping body, out PatchError? error)
    {
        body = patch;
        error = null;
        if (!patch.TryGetEntry(Key, out var entry))
        {
            return SmpDirective.None;
        }

        var directive = Parse(entry.Value);
        if (directive == SmpDirective.None)
        {
            error = Unknown(entry.Value);
            return SmpDirective.None;
        }

        body = YBuild.Without(patch, Key);
        return directive;
    }

    /// <summary>The directive of a list and the list without its directive items.</summary>
    public static SmpDirective Read(YSequence patch, out YSequence body, out PatchError? error)
    {
        body = patch;
        error = null;
        YMapping? holder = null;
        foreach (var item in patch.Items)
        {
            if (item is YMapping mapping && mapping.TryGetEntry(Key, out _))
            {
                holder = mapping;
                break;
            }
        }

        // An item with other keys beside $patch is an item directive (`{name: x, $patch: delete}`), not the list's.
        if (holder is null || holder.Count != 1)
        {
            return SmpDirective.None;
        }

        var value = holder.Entries[0].Value;
        var directive = Parse(value);
        if (directive == SmpDirective.None)
        {
            error = Unknown(value);
            return SmpDirective.None;
        }

        var kept = new List<YNode>(patch.Count);
        foreach (var item in patch.Items)
        {
            if (!(item is YMapping { Count: 1 } only && only.Entries[0].Key.Value == Key && Parse(only.Entries[0].Value) == directive))
            {
                kept.Add(item);
            }
        }

        body = YBuild.Sequence(kept, patch.Span, patch.Tag);
        return directive;
    }

    private static SmpDirective Parse(YNode value) => (value as YScalar)?.Value switch
    {
        "delete" => SmpDirective.Delete,
        "replace" => SmpDirective.Replace,
        "merge" => SmpDirective.Merge,
        _ => SmpDirective.None,
    };

    private static PatchError Unknown(YNode value) =>
        new($"unknown strategic merge patch directive $patch: {(value as YScalar)?.Value ?? YamlNulls.Describe(value)}; kustomize knows delete, replace and merge", value);
}
