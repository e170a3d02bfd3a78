using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Scheduling;

/// <summary>
/// What label selector requirements (<c>metav1.LabelSelectorRequirement</c>) and node selector requirements
/// (<c>core.NodeSelectorRequirement</c>) share: the operator decides how many <c>values</c> there must be.
/// </summary>
internal static class SelectorRequirements
{
    /// <summary>The number of values written: 0 for an absent or null list, null when it is no list (KL1003's).</summary>
    public static int? ValueCount(YMapping requirement, out YEntry values)
    {
        if (!requirement.TryGetEntry("values", out values))
        {
            return 0;
        }

        return values.Value switch
        {
            YSequence list => list.Count,
            YScalar { IsNull: true } => 0,
            _ => null,
        };
    }

    /// <summary>Where a missing or empty <c>values</c> is reported: its key when written, else the item's first key.</summary>
    public static YNode ValuesAnchor(YMapping requirement, YEntry values) =>
        values.Key is { } key ? key : SchedulingWalk.ItemAnchor(requirement);

    /// <summary>
    /// The operator rules both requirement kinds have (ValidateLabelSelectorRequirement, ValidateNodeSelectorRequirement):
    /// In and NotIn need values, Exists and DoesNotExist take none. Unknown operators are KL1004's.
    /// Returns false when the operator is not one of these four.
    /// </summary>
    public static bool CheckSetOperator(SchedulingWalk walk, YMapping requirement, string? op, FieldPath path)
    {
        if (op is not ("In" or "NotIn" or "Exists" or "DoesNotExist") || ValueCount(requirement, out var values) is not { } count)
        {
            return op is "In" or "NotIn" or "Exists" or "DoesNotExist";
        }

        if (op is "In" or "NotIn" && count == 0)
        {
            walk.Add(ApiserverProblem.Required, ValuesAnchor(requirement, values), path.Child("values"),
                "Required value: must be specified when `operator` is 'In' or 'NotIn'", "list the label values to match, or use operator Exists to match any value");
        }
        else if (op is "Exists" or "DoesNotExist" && count > 0)
        {
            walk.Add(ApiserverProblem.Forbidden, values.Key, path.Child("values"),
                "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'", "drop values, or use operator In (NotIn) to match (exclude) them");
        }

        return true;
    }

    /// <summary>ValidateLabelName: a requirement's key is a qualified name (label key syntax).</summary>
    public static void CheckKey(SchedulingWalk walk, YMapping requirement, FieldPath path)
    {
        if (SchedulingWalk.Text(requirement["key"]) is { } key && KubernetesNames.CheckQualifiedName(key.Value) is { } reason)
        {
            walk.Add(ApiserverProblem.InvalidName, key, path.Child("key"), $"Invalid value: \"{key.Value}\": {reason}", "use a label key: an optional DNS-subdomain prefix and '/', then letters, digits, '-', '_' and '.'");
        }
    }

    /// <summary>IsValidLabelValue on each value (<c>values[j]</c>), where the minor's validation checks them.</summary>
    public static void CheckValues(SchedulingWalk walk, YMapping requirement, FieldPath path)
    {
        if (!walk.Wants(ApiserverProblem.InvalidValue) || requirement.GetSequence("values") is not { } values)
        {
            return;
        }

        var valuesPath = path.Child("values");
        for (var j = 0; j < values.Count; j++)
        {
            if (SchedulingWalk.Text(values.Items[j]) is { } value && KubernetesNames.CheckLabelValue(value.Value) is { } reason)
            {
                walk.Add(ApiserverProblem.InvalidValue, value, valuesPath.Index(j), $"Invalid value: \"{value.Value}\": {reason}", "use a label value: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit");
            }
        }
    }
}
