namespace KubeLint.Core.Model;

/// <summary>
/// A label selector as the index keeps it: its requirements, no nodes. The selector of the object being analysed is
/// a <see cref="LabelSelector"/> (with positions to report at); the selectors of other objects are these.
/// </summary>
internal sealed class SelectorTerms
{
    public static readonly SelectorTerms Empty = new([]);

    private SelectorTerms(IReadOnlyList<LabelTerm> requirements) => Requirements = requirements;

    public IReadOnlyList<LabelTerm> Requirements { get; }

    public bool IsEmpty => Requirements.Count == 0;

    /// <summary>The terms of an evaluable selector (callers check <see cref="LabelSelector.IsEvaluable"/> first).</summary>
    public static SelectorTerms Of(LabelSelector selector)
    {
        if (selector.IsEmpty)
        {
            return Empty;
        }

        var terms = new LabelTerm[selector.Requirements.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            var r = selector.Requirements[i];
            terms[i] = new LabelTerm(r.Key, r.Operator, r.Values, r.IsEquality);
        }

        return new SelectorTerms(terms);
    }

    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        // Indexed loop: hot in cross-object rules, and enumerating an interface allocates.
        for (var i = 0; i < Requirements.Count; i++)
        {
            if (!Requirements[i].Matches(labels))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The same terms without requirements on the given keys (labels no manifest carries).</summary>
    public SelectorTerms Without(IReadOnlySet<string> keys)
    {
        if (keys.Count == 0 || !Requirements.Any(r => keys.Contains(r.Key)))
        {
            return this;
        }

        return new SelectorTerms(Requirements.Where(r => !keys.Contains(r.Key)).ToList());
    }

    /// <summary>As <see cref="LabelSelector.ToString"/>: <c>app=web,tier in (a,b),!legacy</c>.</summary>
    public override string ToString() => IsEmpty ? "<empty>" : string.Join(",", Requirements);
}
