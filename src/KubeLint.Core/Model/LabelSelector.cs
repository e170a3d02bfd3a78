using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>
/// A label selector as the apiserver evaluates it: every requirement must hold. Built from a
/// <c>LabelSelector</c> (<c>matchLabels</c> and <c>matchExpressions</c>) or from a plain map
/// (Service and ReplicationController selectors). A selector the apiserver would reject
/// (unknown operator, values where none are allowed …) is kept with a <see cref="Problem"/>
/// and should not be evaluated: rules skip it rather than guess.
/// </summary>
public sealed class LabelSelector
{
    private LabelSelector(YNode node, IReadOnlyList<LabelRequirement> requirements, string? problem)
    {
        Node = node;
        Requirements = requirements;
        Problem = problem;
    }

    /// <summary>The selector's node in the manifest.</summary>
    public YNode Node { get; }

    public IReadOnlyList<LabelRequirement> Requirements { get; }

    /// <summary>Why the selector cannot be evaluated, or null.</summary>
    public string? Problem { get; }

    public bool IsEvaluable => Problem is null;

    /// <summary>No requirement: a <c>LabelSelector</c> then selects everything, a Service's map selector nothing.</summary>
    public bool IsEmpty => Requirements.Count == 0;

    /// <summary>Reads <c>matchLabels</c> and <c>matchExpressions</c>; null when the node is not a mapping.</summary>
    public static LabelSelector? FromLabelSelector(YNode? node)
    {
        if (node is not YMapping mapping)
        {
            return null;
        }

        var requirements = new List<LabelRequirement>();
        string? problem = null;
        switch (mapping["matchLabels"])
        {
            case YMapping labels:
                ReadMap(labels, requirements, ref problem);
                break;
            case YScalar { IsNull: true } or null:
                break;
            default:
                problem ??= "matchLabels is not a mapping";
                break;
        }

        switch (mapping["matchExpressions"])
        {
            case YSequence expressions:
                foreach (var item in expressions.Items)
                {
                    requirements.Add(ReadExpression(item, ref problem));
                }

                break;
            case YScalar { IsNull: true } or null:
                break;
            default:
                problem ??= "matchExpressions is not a list";
                break;
        }

        return new LabelSelector(mapping, requirements, problem);
    }

    /// <summary>Reads a map selector (<c>key: value</c> pairs); null when the node is not a mapping.</summary>
    public static LabelSelector? FromMap(YNode? node)
    {
        if (node is not YMapping mapping)
        {
            return null;
        }

        var requirements = new List<LabelRequirement>(mapping.Count);
        string? problem = null;
        ReadMap(mapping, requirements, ref problem);
        return new LabelSelector(mapping, requirements, problem);
    }

    /// <summary>Whether every requirement holds for the labels.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels) => FirstMismatch(labels) is null;

    /// <summary>The first requirement the labels fail, or null when they match.</summary>
    public LabelRequirement? FirstMismatch(IReadOnlyDictionary<string, string> labels)
    {
        // Indexed loops: hot in cross-object rules, and enumerating an interface allocates.
        for (var i = 0; i < Requirements.Count; i++)
        {
            if (!Requirements[i].Matches(labels))
            {
                return Requirements[i];
            }
        }

        return null;
    }

    /// <summary>The same selector without requirements on the given keys (labels no manifest carries).</summary>
    public LabelSelector Without(IReadOnlySet<string> keys)
    {
        if (keys.Count == 0 || !Requirements.Any(r => keys.Contains(r.Key)))
        {
            return this;
        }

        return new LabelSelector(Node, Requirements.Where(r => !keys.Contains(r.Key)).ToList(), Problem);
    }

    /// <summary>kubectl's selector syntax: <c>app=web,tier in (a,b),!legacy</c>.</summary>
    public override string ToString() => IsEmpty ? "<empty>" : string.Join(",", Requirements);

    /// <summary>Labels in the same syntax: <c>app=web,tier=db</c>, or <c>no labels</c>.</summary>
    public static string Format(IReadOnlyDictionary<string, string> labels) =>
        labels.Count == 0 ? "no labels" : string.Join(",", labels.Select(l => $"{l.Key}={l.Value}"));

    private static void ReadMap(YMapping map, List<LabelRequirement> requirements, ref string? problem)
    {
        foreach (var entry in map.Entries)
        {
            if (entry.Value is YScalar value)
            {
                requirements.Add(new LabelRequirement(entry.Key.Value, LabelOperator.In, [value.IsNull ? string.Empty : value.Value], entry.Key, IsEquality: true));
            }
            else
            {
                problem ??= $"the value of \"{entry.Key.Value}\" is not a string";
            }
        }
    }

    private static LabelRequirement ReadExpression(YNode item, ref string? problem)
    {
        if (item is not YMapping expression || expression.GetString("key") is not { } key)
        {
            problem ??= "a matchExpressions item has no key";
            return new LabelRequirement(string.Empty, LabelOperator.Exists, [], item, IsEquality: false);
        }

        var op = expression.GetString("operator") switch
        {
            "In" => LabelOperator.In,
            "NotIn" => LabelOperator.NotIn,
            "Exists" => LabelOperator.Exists,
            "DoesNotExist" => LabelOperator.DoesNotExist,
            _ => (LabelOperator?)null,
        };
        var values = new List<string>();
        switch (expression["values"])
        {
            case YSequence sequence:
                foreach (var value in sequence.Items)
                {
                    if (value is YScalar scalar)
                    {
                        values.Add(scalar.Value);
                    }
                    else
                    {
                        problem ??= $"a value of \"{key}\" is not a string";
                    }
                }

                break;
            case YScalar { IsNull: true } or null:
                break;
            default:
                problem ??= $"the values of \"{key}\" are not a list";
                break;
        }

        if (op is null)
        {
            problem ??= $"unknown operator \"{expression.GetString("operator")}\" for \"{key}\"";
            op = LabelOperator.Exists;
        }
        else if (op is LabelOperator.In or LabelOperator.NotIn && values.Count == 0)
        {
            problem ??= $"{op} for \"{key}\" needs values";
        }
        else if (op is LabelOperator.Exists or LabelOperator.DoesNotExist && values.Count > 0)
        {
            problem ??= $"{op} for \"{key}\" takes no values";
        }

        return new LabelRequirement(key, op.Value, values, expression, IsEquality: false);
    }
}
