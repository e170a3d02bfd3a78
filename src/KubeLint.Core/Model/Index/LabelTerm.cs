namespace KubeLint.Core.Model;

/// <summary>One requirement of a selector without its place in the manifest: what the index keeps of another
/// object's selector, so that matching pods against it needs no tree.</summary>
internal sealed record LabelTerm(string Key, LabelOperator Operator, IReadOnlyList<string> Values, bool IsEquality)
{
    public bool Matches(IReadOnlyDictionary<string, string> labels) => Holds(Key, Operator, Values, labels);

    public override string ToString() => Format(Key, Operator, Values, IsEquality);

    /// <summary>Whether labels satisfy a requirement; shared with <see cref="LabelRequirement"/> so both agree.</summary>
    internal static bool Holds(string key, LabelOperator op, IReadOnlyList<string> values, IReadOnlyDictionary<string, string> labels) => op switch
    {
        LabelOperator.In => labels.TryGetValue(key, out var value) && Contains(values, value),
        LabelOperator.NotIn => !labels.TryGetValue(key, out var value) || !Contains(values, value),
        LabelOperator.Exists => labels.ContainsKey(key),
        _ => !labels.ContainsKey(key),
    };

    /// <summary>kubectl's syntax for one requirement; shared with <see cref="LabelRequirement"/>.</summary>
    internal static string Format(string key, LabelOperator op, IReadOnlyList<string> values, bool isEquality) => op switch
    {
        LabelOperator.In when isEquality => $"{key}={values[0]}",
        LabelOperator.In => $"{key} in ({string.Join(",", values)})",
        LabelOperator.NotIn => $"{key} notin ({string.Join(",", values)})",
        LabelOperator.Exists => key,
        _ => $"!{key}",
    };

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return true;
            }
        }

        return false;
    }
}
