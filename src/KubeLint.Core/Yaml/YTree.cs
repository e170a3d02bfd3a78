namespace KubeLint.Core.Yaml;

/// <summary>Walks of a whole tree.</summary>
internal static class YTree
{
    /// <summary>Every node of the tree, mapping keys included, in document order; a node shared through an alias
    /// is yielded once, so the walk is linear in the tree as written, not as expanded.</summary>
    public static IEnumerable<YNode> Nodes(YNode root)
    {
        var seen = new HashSet<YNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node))
            {
                continue;
            }

            yield return node;
            switch (node)
            {
                case YMapping mapping:
                    for (var i = mapping.Count - 1; i >= 0; i--)
                    {
                        pending.Push(mapping.Entries[i].Value); // last to first, so that the first comes out first
                        pending.Push(mapping.Entries[i].Key);
                    }

                    break;
                case YSequence sequence:
                    for (var i = sequence.Count - 1; i >= 0; i--)
                    {
                        pending.Push(sequence.Items[i]);
                    }

                    break;
            }
        }
    }
}
