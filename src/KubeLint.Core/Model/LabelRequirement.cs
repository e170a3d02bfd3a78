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
    public bool Matches(IReadOnlyDictionary<string, string> labels) => LabelTerm.Holds(Key, Operator, Values, labels);

    public override string ToString() => LabelTerm.Format(Key, Operator, Values, IsEquality);
}
