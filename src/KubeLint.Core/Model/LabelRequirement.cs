using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>The operators of <c>matchExpressions</c>; <c>matchLabels</c> entries are equality, an <see cref="In"/> with one value.</summary>
public enum LabelOperator
{
    In,
    NotIn,
    Exists,
    DoesNotExist,
}

/// <summary>One requirement of a selector; <c>Node</c> is the <c>matchLabels</c> key or the <c>matchExpressions</c> item.</summary>
public sealed record LabelRequirement(string Key, LabelOperator Operator, IReadOnlyList<string> Values, YNode Node, bool IsEquality)
{
    public bool Matches(IReadOnlyDictionary<string, string> labels) => Operator switch
    {
        LabelOperator.In => labels.TryGetValue(Key, out var value) && Contains(value),
        LabelOperator.NotIn => !labels.TryGetValue(Key, out var value) || !Contains(value),
        LabelOperator.Exists => labels.ContainsKey(Key),
        _ => !labels.ContainsKey(Key),
    };

    public override string ToString() => Operator switch
    {
        LabelOperator.In when IsEquality => $"{Key}={Values[0]}",
        LabelOperator.In => $"{Key} in ({string.Join(",", Values)})",
        LabelOperator.NotIn => $"{Key} notin ({string.Join(",", Values)})",
        LabelOperator.Exists => Key,
        _ => $"!{Key}",
    };

    private bool Contains(string value)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            if (Values[i] == value)
            {
                return true;
            }
        }

        return false;
    }
}
