using KubeLint.Core.Text;

namespace KubeLint.Core.Yaml;

/// <summary>
/// Makes nodes that no file holds as written: the objects a kustomize build assembles from a base,
/// its patches and its kustomization. Each new node borrows the span of the node it stands for, so a
/// finding on it points at a line the user wrote; callers record that node's file in
/// <see cref="Model.NodeOrigins"/>.
/// </summary>
internal static class YBuild
{
    public static YMapping Mapping(IReadOnlyList<YEntry> entries, SourceSpan span, string? tag = null)
    {
        var array = new YEntry[entries.Count];
        long weight = 1;
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = entries[i];
            weight += entries[i].Value.Weight;
        }

        return new YMapping(array, span, tag, weight);
    }

    public static YSequence Sequence(IReadOnlyList<YNode> items, SourceSpan span, string? tag = null)
    {
        var array = new YNode[items.Count];
        long weight = 1;
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = items[i];
            weight += items[i].Weight;
        }

        return new YSequence(array, span, tag, weight);
    }

    /// <summary>A plain scalar when the text reads back as a string in YAML 1.1, else a double-quoted one.</summary>
    public static YScalar String(string value, SourceSpan span)
    {
        var plain = new YScalar(value, YScalarStyle.Plain, span);
        return Api.ScalarKinds.Classify(plain) == Api.ScalarKind.String ? plain : new YScalar(value, YScalarStyle.DoubleQuoted, span);
    }

    /// <summary>A copy of <paramref name="mapping"/> with <paramref name="key"/> set: replaced in place when present, else appended.</summary>
    public static YMapping With(YMapping mapping, YScalar key, YNode value)
    {
        var entries = new List<YEntry>(mapping.Count + 1);
        var replaced = false;
        foreach (var entry in mapping.Entries)
        {
            if (!replaced && entry.Key.Value == key.Value)
            {
                entries.Add(new YEntry(entry.Key, value));
                replaced = true;
            }
            else
            {
                entries.Add(entry);
            }
        }

        if (!replaced)
        {
            entries.Add(new YEntry(key, value));
        }

        return Mapping(entries, mapping.Span, mapping.Tag);
    }

    /// <summary>A copy of <paramref name="mapping"/> without <paramref name="key"/>; the same mapping when it has none.</summary>
    public static YMapping Without(YMapping mapping, string key)
    {
        if (!mapping.TryGetEntry(key, out _))
        {
            return mapping;
        }

        var entries = new List<YEntry>(mapping.Count);
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key.Value != key)
            {
                entries.Add(entry);
            }
        }

        return Mapping(entries, mapping.Span, mapping.Tag);
    }
}
