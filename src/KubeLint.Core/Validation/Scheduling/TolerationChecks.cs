using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Scheduling;

/// <summary>
/// A pod spec's <c>tolerations</c> as <c>pkg/apis/core/validation/validation.go: ValidateTolerations</c> checks
/// them. Read at the 1.7–1.9 sources (<c>pkg/api/validation</c>) and today's, which agree on every rule here;
/// before 1.7 an empty key was refused outright and tolerationSeconds did not exist, so 1.5–1.6 are not reported.
/// Unknown operators and effects are KL1004's (closed sets); the apiserver does not refuse duplicates in a pod.
/// </summary>
internal static class TolerationChecks
{
    public static readonly ValidationSource Source = new("pkg/apis/core/validation/validation.go", "ValidateTolerations", Since: 7);

    public static void Check(SchedulingWalk walk, YSequence tolerations, FieldPath listPath)
    {
        if (!Source.AppliesTo(walk.Minor))
        {
            return;
        }

        for (var i = 0; i < tolerations.Count; i++)
        {
            if (tolerations.Items[i] is YMapping toleration)
            {
                Toleration(walk, toleration, listPath.Index(i));
            }
        }
    }

    private static void Toleration(SchedulingWalk walk, YMapping toleration, FieldPath path)
    {
        // A field that is written but no string (a number, a placeholder) cannot be judged: KL1003 or KL2009 has it.
        if (!TryText(toleration, "key", out var key, out var keyText)
            || !TryText(toleration, "operator", out var op, out var opText)
            || !TryText(toleration, "effect", out var effect, out var effectText))
        {
            return;
        }

        if (keyText.Length > 0 && KubernetesNames.CheckQualifiedName(keyText) is { } keyReason)
        {
            walk.Add(ApiserverProblem.InvalidName, key!, path.Child("key"), $"Invalid value: \"{keyText}\": {keyReason}",
                "use the taint's key: an optional DNS-subdomain prefix and '/', then letters, digits, '-', '_' and '.'");
        }

        // An empty key with Exists tolerates every taint; with Equal (or no operator) it would match nothing.
        if (keyText.Length == 0 && opText != "Exists")
        {
            walk.Add(ApiserverProblem.Inconsistent, (YNode?)op ?? SchedulingWalk.ItemAnchor(toleration), path.Child("operator"),
                $"Invalid value: \"{opText}\": operator must be Exists when `key` is empty, which means \"match all values and all keys\"",
                "name the taint's key, or set operator: Exists to tolerate every taint");
        }

        if (toleration.TryGetEntry("tolerationSeconds", out var seconds) && seconds.Value is not YScalar { IsNull: true } && effectText != "NoExecute")
        {
            walk.Add(ApiserverProblem.Inconsistent, (YNode?)effect ?? seconds.Key, path.Child("effect"),
                $"Invalid value: \"{effectText}\": effect must be 'NoExecute' when `tolerationSeconds` is set",
                "set effect: NoExecute (tolerationSeconds bounds how long a pod stays on a node given a NoExecute taint), or drop tolerationSeconds", seconds.Key);
        }

        if (!TryText(toleration, "value", out var value, out var valueText))
        {
            return;
        }

        // The apiserver names the operator in both paths below, whatever the field at fault.
        if (opText is "Equal" or "" && KubernetesNames.CheckLabelValue(valueText) is { } valueReason)
        {
            walk.Add(ApiserverProblem.InvalidValue, value!, path.Child("operator"), $"Invalid value: \"{valueText}\": {valueReason}",
                "use the taint's value: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit");
        }
        else if (opText == "Exists" && valueText.Length > 0)
        {
            walk.Add(ApiserverProblem.Forbidden, toleration.GetKey("value")!, path.Child("operator"),
                $"Invalid value: core.Toleration{{Key:\"{keyText}\", Operator:\"Exists\", Value:\"{valueText}\", …}}: value must be empty when `operator` is 'Exists'",
                "drop value to tolerate the key with any value, or use operator: Equal to tolerate only this value");
        }
    }

    /// <summary>The field's text ("" when absent or null); false when it is written as something the checks cannot read.</summary>
    private static bool TryText(YMapping owner, string field, out YScalar? node, out string text)
    {
        node = null;
        text = "";
        if (!owner.TryGetEntry(field, out var entry) || entry.Value is YScalar { IsNull: true })
        {
            return true;
        }

        node = SchedulingWalk.Text(entry.Value);
        text = node?.Value ?? "";
        return node is not null;
    }
}
