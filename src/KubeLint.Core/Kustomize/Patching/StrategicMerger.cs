using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>
/// One strategic merge of a patch into a target, as kyaml's merge2 walks it (kubernetes-sigs/kustomize
/// kyaml/yaml/merge2/merge2.go, Merger.VisitMap/VisitList/VisitScalar, driven by kyaml/yaml/walk/walk.go, Walker.Walk):
/// mappings merge key by key, scalars take the patch's value, a null in the patch removes the field, and lists merge
/// item by item only where the kind's schema gives a merge strategy (else, and for kinds without a schema, the
/// patch's list replaces the target's). Unlike kyaml, subtrees the patch does not mention are kept as they are, not
/// walked (kyaml also drops their empty-valued fields on the way).
/// </summary>
internal sealed class StrategicMerger(MergeKeyTable table, string apiVersion, string kind, PatchProvenance? provenance)
{
    /// <summary>Deeper patches are refused: real manifests nest about 15 levels.</summary>
    public const int MaxDepth = 100;

    /// <summary>Mappings with more keys than this index the patch's keys instead of scanning them.</summary>
    private const int IndexThreshold = 16;

    public PatchError? Error { get; private set; }

    /// <summary>The merged node, or null when the field is cleared.</summary>
    public YNode? Merge(YNode? dest, YNode? patch, string path, int depth)
    {
        if (Error is not null)
        {
            return null;
        }

        if (depth > MaxDepth)
        {
            return Fail($"the patch nests deeper than {MaxDepth} levels", patch ?? dest!);
        }

        var destValue = YamlNulls.IsMissingOrNull(dest) ? null : dest;
        var patchValue = YamlNulls.IsMissingOrNull(patch) ? null : patch;
        var lead = destValue ?? patchValue;
        if (lead is null)
        {
            // Both null: kyaml keeps a null the target spells out (`x: null`) when the patch is silent, drops the rest.
            return patch is null && dest is YScalar { Value.Length: > 0 } ? dest : null;
        }

        if (destValue is not null && patchValue is not null && destValue.Kind != patchValue.Kind)
        {
            // kyaml/yaml/walk/walk.go, Walker.Walk: yaml.ErrorIfAnyInvalidAndNonNull refuses sources of different kinds.
            return Fail($"{Where(path)}: the patch has {YamlNulls.Describe(patchValue)} where the target has {YamlNulls.Describe(destValue)}", patchValue);
        }

        return lead switch
        {
            YMapping => MergeMapping(destValue as YMapping, patch, path, depth),
            YSequence => MergeSequence(destValue as YSequence, patch, path, depth),
            _ => patch ?? dest, // Merger.VisitScalar: the patch's value when it has one
        };
    }

    private YNode? MergeMapping(YMapping? dest, YNode? patchNode, string path, int depth)
    {
        if (dest is null)
        {
            // Merger.VisitMap, "Add": the patch's mapping, walked against itself so that nested directives apply.
            var added = (YMapping)patchNode!;
            var directive = SmpDirectives.Read(added, out var addedBody, out var error);
            if (error is not null)
            {
                return Fail(error);
            }

            Record(addedBody, added);
            return directive == SmpDirective.Delete ? null : Fields(addedBody, addedBody, path, depth);
        }

        if (patchNode is null)
        {
            return dest;
        }

        if (patchNode is not YMapping patch)
        {
            return null; // an explicit null clears the field (Merger.VisitMap, IsTaggedNull)
        }

        var found = SmpDirectives.Read(patch, out var body, out var problem);
        if (problem is not null)
        {
            return Fail(problem);
        }

        Record(body, patch);
        var target = ReferenceEquals(dest, patch) ? body : dest;
        return found switch
        {
            SmpDirective.Delete => null,
            SmpDirective.Replace => Fields(body, body, path, depth),
            _ => Fields(target, body, path, depth),
        };
    }

    /// <summary>Merges each field of <paramref name="patch"/> into <paramref name="dest"/>; fields only the patch has are
    /// appended in ordinal order, as kyaml/yaml/walk/map.go (Walker.walkMap, fieldNames) visits them.</summary>
    private YMapping? Fields(YMapping dest, YMapping patch, string path, int depth)
    {
        Dictionary<string, int>? patchIndex = null;
        if (patch.Count > IndexThreshold)
        {
            patchIndex = new Dictionary<string, int>(patch.Count, StringComparer.Ordinal);
            for (var i = 0; i < patch.Count; i++)
            {
                patchIndex.TryAdd(patch.Entries[i].Key.Value, i);
            }
        }

        var used = new bool[patch.Count];
        List<YEntry>? entries = null;
        for (var i = 0; i < dest.Count; i++)
        {
            var entry = dest.Entries[i];
            var at = patchIndex is null ? IndexOf(patch, entry.Key.Value) : patchIndex.GetValueOrDefault(entry.Key.Value, -1);
            if (at < 0 || used[at])
            {
                entries?.Add(entry);
                continue;
            }

            used[at] = true;
            var patchChild = patch.Entries[at].Value;
            var value = Merge(entry.Value, patchChild, Child(path, entry.Key.Value), depth + 1);
            if (Error is not null)
            {
                return null;
            }

            if (ReferenceEquals(value, entry.Value) && entries is null)
            {
                continue;
            }

            entries ??= Prefix(dest, i);
            if (value is not null && !YamlNulls.IsMissingOrNull(value))
            {
                entries.Add(new YEntry(entry.Key, value));
            }
        }

        List<YEntry>? added = null;
        for (var i = 0; i < patch.Count; i++)
        {
            if (!used[i] && (patchIndex is null || patchIndex[patch.Entries[i].Key.Value] == i))
            {
                (added ??= []).Add(patch.Entries[i]);
            }
        }

        if (added is not null)
        {
            added.Sort(static (a, b) => string.CompareOrdinal(a.Key.Value, b.Key.Value));
            foreach (var entry in added)
            {
                var value = Merge(null, entry.Value, Child(path, entry.Key.Value), depth + 1);
                if (Error is not null)
                {
                    return null;
                }

                if (value is not null && !YamlNulls.IsMissingOrNull(value))
                {
                    (entries ??= Prefix(dest, dest.Count)).Add(new YEntry(entry.Key, value));
                }
            }
        }

        if (entries is null)
        {
            return dest;
        }

        var merged = YBuild.Mapping(entries, dest.Span, dest.Tag);
        Record(merged, dest);
        return merged;
    }

    private YNode? MergeSequence(YSequence? dest, YNode? patchNode, string path, int depth)
    {
        var strategy = table.Find(apiVersion, kind, path);
        if (strategy is not { Merges: true })
        {
            // Merger.VisitList, NonAssociateList: the patch's list (or its null) replaces the target's.
            return patchNode ?? dest;
        }

        if (patchNode is null)
        {
            return dest;
        }

        if (patchNode is not YSequence patch)
        {
            return null;
        }

        var directive = SmpDirectives.Read(patch, out var body, out var error);
        if (error is not null)
        {
            return Fail(error);
        }

        Record(body, patch);
        if (directive == SmpDirective.Delete)
        {
            return null;
        }

        var target = dest is null || directive == SmpDirective.Replace || ReferenceEquals(dest, patch) ? body : dest;
        return new AssociativeListMerge(this, strategy.Keys).Merge(target, body, path + "[]", depth);
    }

    internal YNode? MergeItem(YNode? dest, YNode patch, string path, int depth) => Merge(dest, patch, path, depth);

    internal bool Failed => Error is not null;

    internal void Record(YNode rebuilt, YNode borrowedFrom)
    {
        if (!ReferenceEquals(rebuilt, borrowedFrom))
        {
            provenance?.RecordRebuilt(rebuilt, borrowedFrom);
        }
    }

    internal YNode? Fail(string message, YNode at) => Fail(new PatchError(message, at));

    private YNode? Fail(PatchError error)
    {
        Error ??= error;
        return null;
    }

    private static int IndexOf(YMapping mapping, string key)
    {
        for (var i = 0; i < mapping.Count; i++)
        {
            if (mapping.Entries[i].Key.Value == key)
            {
                return i;
            }
        }

        return -1;
    }

    private static List<YEntry> Prefix(YMapping mapping, int count)
    {
        var list = new List<YEntry>(mapping.Count + 1);
        for (var i = 0; i < count; i++)
        {
            list.Add(mapping.Entries[i]);
        }

        return list;
    }

    private static string Child(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static string Where(string path) => path.Length == 0 ? "the object" : path.Replace("[]", "[*]", StringComparison.Ordinal);
}
