using System.Globalization;
using KubeLint.Core.Api;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Batch;

/// <summary>
/// A Job's (and a CronJob's job template's) <c>podFailurePolicy</c> and <c>successPolicy</c> as
/// pkg/apis/batch/validation/validation.go checks them: validateJobSpec (restartPolicy Never with a pod failure
/// policy; a success policy only for Indexed Jobs), validatePodFailurePolicyRule and
/// validatePodFailurePolicyRuleOnExitCodes, validateSuccessPolicy and validateSuccessPolicyRule. Unknown actions,
/// operators and statuses are KL1004's.
/// </summary>
internal static class JobChecks
{
    private const string File = "pkg/apis/batch/validation/validation.go";

    /// <summary>JobPodFailurePolicy: alpha 1.25 (off, the field is dropped), beta and on from 1.26, GA 1.31.</summary>
    public static readonly ValidationSource PodFailurePolicy = new(File, "validateJobSpec, validatePodFailurePolicyRule, validatePodFailurePolicyRuleOnExitCodes", Since: 26);

    /// <summary>The FailIndex action came with JobBackoffLimitPerIndex (beta and on from 1.29).</summary>
    public static readonly ValidationSource FailIndex = new(File, "validatePodFailurePolicyRule (FailIndex)", Since: 29);

    /// <summary>JobSuccessPolicy: alpha 1.30 (off), beta and on from 1.31.</summary>
    public static readonly ValidationSource SuccessPolicy = new(File, "validateJobSpec, validateSuccessPolicy, validateSuccessPolicyRule", Since: 31);

    /// <summary>Checks the job spec of a Job (<c>spec</c>) or a CronJob (<c>spec.jobTemplate.spec</c>).</summary>
    public static void Check(YMapping root, bool cronJob, KindFindings findings)
    {
        var (spec, path) = cronJob
            ? (root.MappingAt("spec.jobTemplate.spec"), FieldPath.Parse("spec.jobTemplate.spec"))
            : (root.GetMapping("spec"), FieldPath.Root("spec"));
        if (spec is null)
        {
            return;
        }

        if (findings.Enforced(PodFailurePolicy) && spec.TryGetEntry("podFailurePolicy", out var policy) && policy.Value is YMapping failurePolicy)
        {
            CheckPodFailurePolicy(spec, policy.Key, failurePolicy, path, findings);
        }

        if (findings.Enforced(SuccessPolicy) && spec.TryGetEntry("successPolicy", out var success) && success.Value is YMapping successPolicy)
        {
            CheckSuccessPolicy(spec, success.Key, successPolicy, path.Child("successPolicy"), findings);
        }
    }

    private static void CheckPodFailurePolicy(YMapping spec, YScalar policyKey, YMapping policy, FieldPath specPath, KindFindings findings)
    {
        var podSpec = spec.MappingAt("template.spec");
        if (BuiltInKindChecks.Text(podSpec?["restartPolicy"]) is { Value: "OnFailure" } restart)
        {
            findings.Add(ApiserverProblem.Inconsistent, restart, specPath.Child("template").Child("spec").Child("restartPolicy"),
                "Invalid value: \"OnFailure\": only \"Never\" is supported when podFailurePolicy is specified",
                "set restartPolicy: Never (the policy decides about failed pods, which OnFailure would restart in place), or drop podFailurePolicy", policyKey);
        }

        if (policy.GetSequence("rules") is not { } rules)
        {
            return;
        }

        var names = ContainerNames(podSpec);
        var rulesPath = specPath.Child("podFailurePolicy").Child("rules");
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules.Items[i] is YMapping rule)
            {
                CheckRule(spec, rule, rulesPath.Index(i), names, findings);
            }
        }
    }

    private static void CheckRule(YMapping spec, YMapping rule, FieldPath rulePath, HashSet<string>? names, KindFindings findings)
    {
        if (findings.Enforced(FailIndex) && BuiltInKindChecks.Text(rule["action"]) is { Value: "FailIndex" } action && spec["backoffLimitPerIndex"] is null or YScalar { IsNull: true })
        {
            findings.Add(ApiserverProblem.Inconsistent, action, rulePath.Child("action"), "Invalid value: \"FailIndex\": requires the backoffLimitPerIndex to be set",
                "set spec.backoffLimitPerIndex (and completionMode: Indexed), or use another action");
        }

        var exitCodes = rule.TryGetEntry("onExitCodes", out var exitEntry) && exitEntry.Value is YMapping ? exitEntry : default;
        var conditions = rule.TryGetEntry("onPodConditions", out var conditionEntry) && conditionEntry.Value is YSequence { Count: > 0 } ? conditionEntry : default;
        if (exitCodes.Key is not null && conditions.Key is not null)
        {
            findings.Add(ApiserverProblem.Forbidden, conditions.Key, rulePath, "Invalid value: specifying both OnExitCodes and OnPodConditions is not supported",
                "split the rule in two: one on exit codes, one on pod conditions", exitCodes.Key);
        }
        else if (exitCodes.Key is null && conditions.Key is null)
        {
            findings.Add(ApiserverProblem.Required, BuiltInKindChecks.Anchor(rule), rulePath, "Invalid value: specifying one of OnExitCodes and OnPodConditions is required",
                "say when the rule applies: onExitCodes (operator and values) or onPodConditions");
        }

        if (exitCodes is { Key: { } exitKey, Value: YMapping onExitCodes })
        {
            CheckExitCodes(exitKey, onExitCodes, rulePath.Child("onExitCodes"), names, findings);
        }
    }

    private static void CheckExitCodes(YScalar key, YMapping onExitCodes, FieldPath path, HashSet<string>? names, KindFindings findings)
    {
        if (names is not null && BuiltInKindChecks.Text(onExitCodes["containerName"]) is { } container && !names.Contains(container.Value))
        {
            findings.Invalid(ApiserverProblem.Inconsistent, container, path.Child("containerName"), "must be one of the container or initContainer names in the pod template",
                $"name one of the pod template's containers ({string.Join(", ", names.Order(StringComparer.Ordinal))}), or drop containerName to match any");
        }

        var valuesPath = path.Child("values");
        if (!onExitCodes.TryGetEntry("values", out var valuesEntry) || valuesEntry.Value is YSequence { Count: 0 } or YScalar { IsNull: true })
        {
            findings.Add(ApiserverProblem.Required, valuesEntry.Key ?? key, valuesPath, "Invalid value: []int32(nil): at least one value is required", "list the exit codes the rule matches, e.g. values: [42]");
            return;
        }

        if (valuesEntry.Value is not YSequence values)
        {
            return;
        }

        var operatorIn = onExitCodes.GetString("operator") == "In";
        var seen = new HashSet<long>();
        long? previous = null;
        var ordered = true;
        for (var i = 0; i < values.Count; i++)
        {
            if (values.Items[i] is not YScalar item || ScalarKinds.Classify(item) != ScalarKind.Integer || !long.TryParse(item.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
            {
                continue; // not a number: KL1003's
            }

            if (operatorIn && code == 0)
            {
                findings.Add(ApiserverProblem.InvalidValue, item, valuesPath.Index(i), "Invalid value: 0: must not be 0 for the In operator",
                    "exit code 0 is success, which never fails a pod: remove it, or use NotIn");
            }

            if (!seen.Add(code))
            {
                findings.Add(ApiserverProblem.Duplicate, item, valuesPath.Index(i), $"Duplicate value: {code}", "list each exit code once");
            }

            if (previous > code)
            {
                ordered = false;
            }

            previous = code;
        }

        if (!ordered)
        {
            findings.Add(ApiserverProblem.InvalidValue, valuesEntry.Key, valuesPath, $"Invalid value: {GoFormat.Slice(values)}: must be ordered", "list the exit codes in ascending order");
        }
    }

    private static void CheckSuccessPolicy(YMapping spec, YScalar key, YMapping policy, FieldPath path, KindFindings findings)
    {
        if (spec.GetString("completionMode") != "Indexed")
        {
            findings.Add(ApiserverProblem.Inconsistent, key, path, "Invalid value: requires indexed completion mode",
                "set completionMode: Indexed (with completions), or drop successPolicy", spec.GetKey("completionMode"));
            return;
        }

        var rulesPath = path.Child("rules");
        if (!policy.TryGetEntry("rules", out var rulesEntry) || rulesEntry.Value is not YSequence { Count: > 0 } rules)
        {
            if (rulesEntry.Value is null or YSequence or YScalar { IsNull: true })
            {
                findings.Add(ApiserverProblem.Required, rulesEntry.Key ?? key, rulesPath, "Required value: at least one rules must be specified when the successPolicy is specified",
                    "add a rule with succeededIndexes or succeededCount");
            }

            return;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (rules.Items[i] is YMapping rule && rule["succeededCount"] is null or YScalar { IsNull: true } && rule["succeededIndexes"] is null or YScalar { IsNull: true })
            {
                findings.Add(ApiserverProblem.Required, BuiltInKindChecks.Anchor(rule), rulesPath.Index(i), "Required value: at least one of succeededCount or succeededIndexes must be specified",
                    "say when the Job succeeds: succeededIndexes (e.g. \"0-2\"), succeededCount, or both");
            }
        }
    }

    /// <summary>The names of the pod template's containers and init containers; null when one is not written out (a placeholder), so no name is taken as missing.</summary>
    private static HashSet<string>? ContainerNames(YMapping? podSpec)
    {
        if (podSpec is null)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in (ReadOnlySpan<string>)["containers", "initContainers"])
        {
            foreach (var container in podSpec.GetSequence(list)?.Mappings ?? [])
            {
                if (BuiltInKindChecks.Text(container["name"]) is not { } name)
                {
                    return null;
                }

                names.Add(name.Value);
            }
        }

        return names.Count > 0 ? names : null;
    }
}
