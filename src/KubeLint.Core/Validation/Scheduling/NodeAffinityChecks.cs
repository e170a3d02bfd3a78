using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Scheduling;

/// <summary>
/// A pod's <c>affinity.nodeAffinity</c> and <c>nodeSelector</c> as <c>pkg/apis/core/validation/validation.go</c>
/// checks them (<c>validateNodeAffinity</c>, <c>ValidateNodeSelector</c>, <c>ValidateNodeSelectorTerm</c>,
/// <c>ValidateNodeSelectorRequirement</c>, <c>ValidateNodeFieldSelectorRequirement</c>, <c>ValidatePreferredSchedulingTerms</c>).
/// Affinity is a pod spec field from 1.6; these rules are read at the 1.7–1.9 sources and today's. Weights are KL1014's,
/// unknown operators KL1004's, a missing <c>nodeSelectorTerms</c> KL1005's (the schema requires it).
/// </summary>
internal static class NodeAffinityChecks
{
    private const string File = "pkg/apis/core/validation/validation.go";

    public static readonly ValidationSource Terms = new(File, "ValidateNodeSelector", Since: 7);
    public static readonly ValidationSource Requirement = new(File, "ValidateNodeSelectorRequirement", Since: 7);

    /// <summary>At 1.7–1.9 a term needed a matchExpressions item; matchFields (1.11) ended that, and 1.10 was not read.</summary>
    public static readonly ValidationSource TermNotEmpty = new(File, "ValidateNodeSelectorTerm (at least one requirement)", Since: 7, Until: 9);

    /// <summary>matchFields is new in 1.11, validated from the start.</summary>
    public static readonly ValidationSource FieldRequirement = new(File, "ValidateNodeFieldSelectorRequirement", Since: 11);

    /// <summary>Values of required terms as label values: kubernetes#128212, milestone 1.33 (preferred terms never).</summary>
    public static readonly ValidationSource RequiredValues = new(File, "ValidateNodeSelectorRequirement (IsValidLabelValue unless AllowInvalidLabelValueInRequiredNodeAffinity)", Since: 33);

    /// <summary>A pod's nodeSelector: keys and values as labels, every minor.</summary>
    public static readonly ValidationSource PodNodeSelector = new(File, "ValidatePodSpec → ValidateLabels(spec.NodeSelector)");

    public static void CheckNodeSelector(SchedulingWalk walk, YMapping nodeSelector, FieldPath path)
    {
        if (PodNodeSelector.AppliesTo(walk.Minor))
        {
            LabelSelectorChecks.Labels(walk, nodeSelector, path);
        }
    }

    public static void Check(SchedulingWalk walk, YMapping nodeAffinity, FieldPath path)
    {
        if (!Terms.AppliesTo(walk.Minor))
        {
            return;
        }

        const string Required = "requiredDuringSchedulingIgnoredDuringExecution";
        if (nodeAffinity.GetMapping(Required) is { } selector && selector.TryGetEntry("nodeSelectorTerms", out var terms))
        {
            var termsPath = path.Child(Required).Child("nodeSelectorTerms");
            if (terms.Value is YScalar { IsNull: true } or YSequence { Count: 0 })
            {
                walk.Add(ApiserverProblem.Required, terms.Key, termsPath, "Required value: must have at least one node selector term",
                    "add a term with matchExpressions (terms are ORed), or drop requiredDuringSchedulingIgnoredDuringExecution");
            }
            else if (terms.Value is YSequence list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    if (list.Items[i] is YMapping term)
                    {
                        Term(walk, term, termsPath.Index(i), RequiredValues.AppliesTo(walk.Minor));
                    }
                }
            }
        }

        if (nodeAffinity.GetSequence("preferredDuringSchedulingIgnoredDuringExecution") is { } preferred)
        {
            var preferredPath = path.Child("preferredDuringSchedulingIgnoredDuringExecution");
            for (var i = 0; i < preferred.Count; i++)
            {
                if (preferred.Items[i] is YMapping item && item.GetMapping("preference") is { } preference)
                {
                    Term(walk, preference, preferredPath.Index(i).Child("preference"), checkValues: false);
                }
            }
        }
    }

    private static void Term(SchedulingWalk walk, YMapping term, FieldPath path, bool checkValues)
    {
        var expressions = term.GetSequence("matchExpressions");
        if (TermNotEmpty.AppliesTo(walk.Minor) && expressions is not { Count: > 0 })
        {
            walk.Add(ApiserverProblem.Required, (YNode?)term.GetKey("matchExpressions") ?? SchedulingWalk.ItemAnchor(term), path.Child("matchExpressions"),
                "Required value: must have at least one node selector requirement", "add a matchExpressions item, e.g. {key: kubernetes.io/os, operator: In, values: [linux]}");
            return;
        }

        var listPath = path.Child("matchExpressions");
        for (var j = 0; j < (expressions?.Count ?? 0); j++)
        {
            if (expressions!.Items[j] is YMapping requirement)
            {
                NodeRequirement(walk, requirement, listPath.Index(j), checkValues);
            }
        }

        if (FieldRequirement.AppliesTo(walk.Minor) && term.GetSequence("matchFields") is { } fields)
        {
            var fieldsPath = path.Child("matchFields");
            for (var j = 0; j < fields.Count; j++)
            {
                if (fields.Items[j] is YMapping requirement)
                {
                    FieldNodeRequirement(walk, requirement, fieldsPath.Index(j));
                }
            }
        }
    }

    private static void NodeRequirement(SchedulingWalk walk, YMapping requirement, FieldPath path, bool checkValues)
    {
        var op = SchedulingWalk.Text(requirement["operator"])?.Value;
        if (!SelectorRequirements.CheckSetOperator(walk, requirement, op, path) && op is "Gt" or "Lt"
            && SelectorRequirements.ValueCount(requirement, out var values) is { } count && count != 1)
        {
            walk.Add(ApiserverProblem.Required, SelectorRequirements.ValuesAnchor(requirement, values), path.Child("values"),
                "Required value: must be specified single value when `operator` is 'Lt' or 'Gt'", "give exactly one value, the integer the node label is compared with");
        }

        SelectorRequirements.CheckKey(walk, requirement, path);
        if (checkValues)
        {
            SelectorRequirements.CheckValues(walk, requirement, path);
        }
    }

    /// <summary>matchFields selects by node field, and the only field is metadata.name, with one name per In or NotIn.</summary>
    private static void FieldNodeRequirement(SchedulingWalk walk, YMapping requirement, FieldPath path)
    {
        var opNode = SchedulingWalk.Text(requirement["operator"]);
        if (opNode?.Value is "In" or "NotIn")
        {
            if (SelectorRequirements.ValueCount(requirement, out var values) is { } count && count != 1)
            {
                walk.Add(ApiserverProblem.Required, SelectorRequirements.ValuesAnchor(requirement, values), path.Child("values"),
                    "Required value: must be only one value when `operator` is 'In' or 'NotIn' for node field selector", "give exactly one node name; use one matchFields term per node (terms are ORed)");
            }
        }
        else if (opNode?.Value is "Exists" or "DoesNotExist" or "Gt" or "Lt")
        {
            // Operators of node labels that node fields do not take; any other is outside every set (KL1004's).
            walk.Add(ApiserverProblem.InvalidValue, opNode, path.Child("operator"), $"Invalid value: \"{opNode.Value}\": not a valid selector operator", "use operator In or NotIn with one node name");
        }

        if (SchedulingWalk.Text(requirement["key"]) is not { } key)
        {
            return;
        }

        if (key.Value != "metadata.name")
        {
            walk.Add(ApiserverProblem.InvalidName, key, path.Child("key"), $"Invalid value: \"{key.Value}\": not a valid field selector key",
                "use key: metadata.name (the only node field), or move the requirement to matchExpressions to select by a node label");
            return;
        }

        if (requirement.GetSequence("values") is { } names)
        {
            for (var j = 0; j < names.Count; j++)
            {
                if (SchedulingWalk.Text(names.Items[j]) is { } name && KubernetesNames.CheckDns1123Subdomain(name.Value) is { } reason)
                {
                    walk.Add(ApiserverProblem.InvalidName, name, path.Child("values").Index(j), $"Invalid value: \"{name.Value}\": {reason}", "give the node's name as kubectl get nodes shows it");
                }
            }
        }
    }
}
