using KubeLint.Core.Model;
using KubeLint.Core.Text;

namespace KubeLint.Core.Yaml;

/// <summary>Where an entry sits: its mapping, its index there, and the sequence when the mapping is one of
/// its items. What a fix needs to edit the source around a key a finding points at.</summary>
internal sealed record EntrySite(YMapping Mapping, int Index, YSequence? ItemOf)
{
    public YEntry Entry => Mapping.Entries[Index];

    /// <summary>The entry whose key has exactly <paramref name="keySpan"/>, in the mapping that holds it in the
    /// source (not one it was merged into with <c>&lt;&lt;</c>); null when there is none.</summary>
    public static EntrySite? Find(SourceFile file, SourceSpan keySpan)
    {
        foreach (var document in file.Documents)
        {
            if (document.Root is { } root && root.Span.Start <= keySpan.Start && Find(root, keySpan) is { } site)
            {
                return site;
            }
        }

        return null;
    }

    private static EntrySite? Find(YNode root, SourceSpan keySpan)
    {
        // Iterative, and each node once: aliases make the tree a DAG.
        var seen = new HashSet<YNode>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(YNode Node, YSequence? Parent)>();
        stack.Push((root, null));
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            if (!seen.Add(node) || !node.Span.Contains(keySpan.Start))
            {
                continue;
            }

            switch (node)
            {
                case YMapping mapping:
                    for (var i = 0; i < mapping.Count; i++)
                    {
                        var entry = mapping.Entries[i];
                        if (entry.Key.Span == keySpan && InSourceOrder(mapping, i))
                        {
                            return new EntrySite(mapping, i, parent);
                        }

                        stack.Push((entry.Value, null));
                    }

                    break;
                case YSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        stack.Push((item, sequence));
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>False for an entry a merge key copied in: it does not sit between its neighbours.</summary>
    private static bool InSourceOrder(YMapping mapping, int index)
    {
        var key = mapping.Entries[index].Key.Span;
        return (index == 0 || mapping.Entries[index - 1].Value.Span.End <= key.Start)
            && (index == mapping.Count - 1 || key.End <= mapping.Entries[index + 1].Key.Span.Start);
    }
}
