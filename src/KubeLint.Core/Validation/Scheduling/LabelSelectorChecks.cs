using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Scheduling;

/// <summary>
/// A <c>metav1.LabelSelector</c> as apimachinery validates it (<c>ValidateLabelSelector</c>): its
/// <c>matchLabels</c> as labels, each <c>matchExpressions</c> item's operator, values and key.
/// </summary>
internal static class LabelSelectorChecks
{
    private const string File = "staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go";

    /// <summary>Operator against values, and the key's syntax: every minor.</summary>
    public static readonly ValidationSource Requirement = new(File, "ValidateLabelSelectorRequirement");

    /// <summary>matchLabels keys and values (the apiserver's path is <c>…matchLabels</c>, without the key).</summary>
    public static readonly ValidationSource MatchLabels = new(File, "ValidateLabelSelector → ValidateLabels");

    /// <summary>The values of In and NotIn as label values: kubernetes#113699, in 1.26 (on create; updates of objects that
    /// already hold such a value are let through, which a manifest cannot tell).</summary>
    public static readonly ValidationSource RequirementValues = new(File, "ValidateLabelSelectorRequirement (IsValidLabelValue unless AllowInvalidLabelValueInSelector)", Since: 26);

    /// <summary>Checks <paramref name="selector"/> at <paramref name="path"/>. <paramref name="matchLabels"/> is false where
    /// KL0005 already reports the selector's labels (a workload's <c>spec.selector.matchLabels</c>).</summary>
    public static void Check(SchedulingWalk walk, YMapping selector, FieldPath path, bool matchLabels)
    {
        if (matchLabels && selector.GetMapping("matchLabels") is { } labels)
        {
            Labels(walk, labels, path.Child("matchLabels"));
        }

        if (!Requirement.AppliesTo(walk.Minor) || selector.GetSequence("matchExpressions") is not { } expressions)
        {
            return;
        }

        var listPath = path.Child("matchExpressions");
        var values = RequirementValues.AppliesTo(walk.Minor);
        for (var i = 0; i < expressions.Count; i++)
        {
            if (expressions.Items[i] is not YMapping requirement)
            {
                continue;
            }

            var itemPath = listPath.Index(i);
            SelectorRequirements.CheckSetOperator(walk, requirement, SchedulingWalk.Text(requirement["operator"])?.Value, itemPath);
            SelectorRequirements.CheckKey(walk, requirement, itemPath);
            if (values)
            {
                SelectorRequirements.CheckValues(walk, requirement, itemPath);
            }
        }
    }

    /// <summary>ValidateLabels: each key a qualified name, each value a label value; both reported at the map's path.</summary>
    public static void Labels(SchedulingWalk walk, YMapping labels, FieldPath path)
    {
        foreach (var (key, value) in labels.Entries)
        {
            if (SchedulingWalk.Text(key) is not null && KubernetesNames.CheckQualifiedName(key.Value) is { } keyReason)
            {
                walk.Add(ApiserverProblem.InvalidName, key, path, $"Invalid value: \"{key.Value}\": {keyReason}", "use a label key: an optional DNS-subdomain prefix and '/', then letters, digits, '-', '_' and '.'");
            }

            if (SchedulingWalk.Text(value) is { } text && KubernetesNames.CheckLabelValue(text.Value) is { } valueReason)
            {
                walk.Add(ApiserverProblem.InvalidValue, text, path, $"Invalid value: \"{text.Value}\": {valueReason}", "use a label value: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit");
            }
        }
    }
}
