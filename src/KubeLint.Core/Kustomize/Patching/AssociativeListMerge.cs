using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>
/// Merges a list whose schema gives a merge strategy as kustomize does: kyaml's associative walk with items from the
/// patch put first (kubernetes-sigs/kustomize kyaml/yaml/walk/associative_sequence.go, setAssociativeSequenceElements,
/// appendListNode; api/filters/patchstrategicmerge/patchstrategicmerge.go, Filter.Filter, MergeOptionsListPrepend).
/// The result lists the items the patch names, in the patch's order, then the target's other items; a patch item is
/// merged into the target item with the same merge-key values, and one that merges to nothing (<c>$patch: delete</c>)
/// removes it. Quirks kept because <c>kubectl kustomize</c> has them (the oracle tests check them): an item-level
/// <c>$patch: replace</c> of an existing item leaves the target's item; with several keys (ports: containerPort and
/// protocol) two key tuples that differ only where one is empty are one item (mergeValues), and every target item
/// goes after the patch's new items. A list without keys (<c>finalizers</c>) merges by value.
/// Items and key tuples are indexed by their first key's value, so a merge is linear in the two lists as long as
/// items have that key (a list of 900+900 ports merges in a few milliseconds).
/// </summary>
internal sealed class AssociativeListMerge(StrategicMerger merger, IReadOnlyList<string> keys)
{
    /// <summary>Tuples without a first-key value are compared with all others (quadratic): longer multi-key lists are refused.</summary>
    public const int MaxMultiKeyItems = 20_000;

    public YNode? Merge(YSequence dest, YSequence patch, string itemPath, int depth)
    {
        if (keys.Count == 0)
        {
            return Primitive(dest, patch);
        }

        if (keys.Count > 1 && dest.Count + patch.Count > MaxMultiKeyItems)
        {
            return merger.Fail($"lists merged on {string.Join(" and ", keys)} are limited to {MaxMultiKeyItems} items", patch);
        }

        var destItems = new KeyedItems(keys);
        foreach (var item in dest.Items)
        {
            destItems.Add(item);
        }

        var patchItems = new KeyedItems(keys);
        foreach (var item in patch.Items)
        {
            patchItems.Add(item);
        }

        // The key tuples, the patch's first (elementValues with the prepend direction), each once.
        var tuples = new List<string[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in (ReadOnlySpan<KeyedItems>)[patchItems, destItems])
        {
            for (var i = 0; i < source.Count; i++)
            {
                if (source.Values(i) is { } values && seen.Add(string.Join('\u0001', values)))
                {
                    tuples.Add(values);
                }
            }
        }

        if (keys.Count > 1)
        {
            MergeValues(tuples);
        }

        var validKeys = ValidKeys(tuples);
        var added = new KeyedItems(keys);
        foreach (var tuple in tuples)
        {
            var at = destItems.FindFirst(tuple, presenceForEmpty: false);
            var from = patchItems.FindFirst(tuple, presenceForEmpty: false);
            var destItem = at >= 0 ? destItems[at] : null;
            var patchItem = from >= 0 ? patchItems[from] : null;
            var merged = patchItem is null ? destItem : merger.MergeItem(destItem, patchItem, itemPath, depth + 1);
            if (merger.Failed)
            {
                return null;
            }

            var valid = Project(tuple, validKeys);
            if (merged is null || YamlNulls.IsMissingOrNull(merged) || merged is YMapping { Count: 0 })
            {
                destItems.RemoveAll(valid, validKeys);
                continue;
            }

            // kyaml merges into the target's item in place, except where $patch: replace hands back the patch's item.
            if (at >= 0 && !IsReplace(patchItem))
            {
                destItems[at] = merged;
            }

            added.Set(merged, valid, validKeys);
        }

        // appendListNode: every target item goes into the result, replacing its slot (one key) or after it (several).
        for (var i = 0; i < destItems.Count; i++)
        {
            if (destItems[i] is not { } item)
            {
                continue;
            }

            var values = destItems.ValuesOn(i, validKeys);
            if (values is null)
            {
                added.Append(item); // an item without a merge key is kept as written
            }
            else if (validKeys.Count == 1)
            {
                added.Set(item, values, validKeys);
            }
            else
            {
                // Several keys: the items matching its keys that have a value go, and the target's item goes last.
                added.RemoveAll(values, validKeys, presenceForEmpty: false);
                added.Append(item);
            }
        }

        var result = added.Live();
        if (result.Count == 0)
        {
            return null; // an emptied list is removed
        }

        if (result.Count == dest.Count && SameItems(result, dest))
        {
            return dest;
        }

        var sequence = YBuild.Sequence(result, dest.Span, dest.Tag);
        merger.Record(sequence, dest);
        return sequence;
    }

    /// <summary>A list of scalars: the patch's values first, then the target's others; a value both have is the target's node.</summary>
    private YSequence? Primitive(YSequence dest, YSequence patch)
    {
        var result = new List<YNode>(dest.Count + patch.Count);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in (ReadOnlySpan<YSequence>)[patch, dest])
        {
            foreach (var item in source.Items)
            {
                var value = (item as YScalar)?.Value ?? string.Empty;
                if (positions.TryGetValue(value, out var at))
                {
                    result[at] = ReferenceEquals(source, dest) ? item : result[at];
                    continue;
                }

                positions[value] = result.Count;
                result.Add(item);
            }
        }

        if (result.Count == dest.Count && SameItems(result, dest))
        {
            return dest;
        }

        var sequence = YBuild.Sequence(result, dest.Span, dest.Tag);
        merger.Record(sequence, dest);
        return sequence;
    }

    private static bool IsReplace(YNode? patchItem) =>
        patchItem is YMapping mapping && mapping[SmpDirectives.Key] is YScalar { Value: "replace" };

    /// <summary>kyaml's mergeValues: tuples that agree on a key and differ only where one is empty become one. kyaml
    /// compares every pair; two tuples with different first-key values never match, so only tuples sharing that value,
    /// or missing it, are compared.</summary>
    private static void MergeValues(List<string[]> tuples)
    {
        var byFirst = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < tuples.Count; i++)
        {
            if (!byFirst.TryGetValue(tuples[i][0], out var group))
            {
                byFirst[tuples[i][0]] = group = [];
            }

            group.Add(i);
        }

        var withoutFirst = byFirst.GetValueOrDefault(string.Empty) ?? [];
        for (var i = 0; i < tuples.Count; i++)
        {
            var first = tuples[i][0];
            IEnumerable<int> others = first.Length == 0
                ? Enumerable.Range(0, tuples.Count)
                : byFirst.TryGetValue(first, out var same) ? same.Concat(withoutFirst) : withoutFirst;
            foreach (var j in others)
            {
                if (Match(tuples[i], tuples[j]) is { } merged)
                {
                    tuples[i] = merged;
                    tuples[j] = merged;
                }
            }
        }
    }

    private static string[]? Match(string[] a, string[] b)
    {
        if (ReferenceEquals(a, b))
        {
            return null; // a tuple matches itself and stays as it is
        }

        var common = false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                common = true;
            }
            else if (a[i].Length > 0 && b[i].Length > 0)
            {
                return null;
            }
        }

        if (!common)
        {
            return null;
        }

        var result = new string[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            result[i] = a[i].Length > 0 ? a[i] : b[i];
        }

        return result;
    }

    /// <summary>validateKeys: the keys some tuple has a value for (all of them when none has).</summary>
    private List<int> ValidKeys(List<string[]> tuples)
    {
        var valid = new List<int>(keys.Count);
        for (var k = 0; k < keys.Count; k++)
        {
            foreach (var tuple in tuples)
            {
                if (tuple[k].Length > 0)
                {
                    valid.Add(k);
                    break;
                }
            }
        }

        if (valid.Count == 0)
        {
            for (var k = 0; k < keys.Count; k++)
            {
                valid.Add(k);
            }
        }

        return valid;
    }

    private static string[] Project(string[] tuple, List<int> validKeys)
    {
        var values = new string[tuple.Length];
        Array.Fill(values, string.Empty);
        foreach (var k in validKeys)
        {
            values[k] = tuple[k];
        }

        return values;
    }

    private static bool SameItems(List<YNode> items, YSequence sequence)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (!ReferenceEquals(items[i], sequence.Items[i]))
            {
                return false;
            }
        }

        return true;
    }
}
