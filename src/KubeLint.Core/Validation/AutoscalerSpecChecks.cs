using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation;

/// <summary>One rejection of a HorizontalPodAutoscaler's spec: where, the apiserver's path and wording, the fix.</summary>
internal sealed record AutoscalerFinding(ApiserverProblem Problem, YNode Node, FieldPath Path, string Wording, string Fix);

/// <summary>
/// The apiserver's checks of a HorizontalPodAutoscaler's <c>scaleTargetRef</c>, <c>metrics</c> and
/// <c>behavior</c> (<c>pkg/apis/autoscaling/validation/validation.go</c>), shared by the rules of each
/// class. The apiserver validates the internal type, so its paths name the internal fields: from 1.12 on
/// (when autoscaling/v2beta2 came and the internal type took its shape) a v2beta1 <c>targetAverageUtilization</c>
/// is reported as <c>target.averageUtilization</c>. Unknown metric, target and policy types are KL1004's.
/// </summary>
internal static class AutoscalerSpecChecks
{
    private const string File = "pkg/apis/autoscaling/validation/validation.go";

    /// <summary>Every minor, every version (v1 too): a kind and a name in scaleTargetRef, each a path segment (IsValidPathSegmentName).</summary>
    public static readonly ValidationSource ScaleTargetRef = new(File, "ValidateCrossVersionObjectReference");

    /// <summary>The metric type's source present, and no other (read at the 1.9 and 1.2x sources alike).</summary>
    public static readonly ValidationSource MetricSource = new(File, "validateMetricSpec", Since: 8);

    /// <summary>v2beta1 targets while the internal type had v2beta1's fields (1.8–1.9 read; 1.10–1.11 not, so not reported).</summary>
    public static readonly ValidationSource V2beta1Targets = new(File, "validateResourceSource, validatePodsSource (v2beta1 fields)", Since: 8, Until: 9);

    /// <summary>MetricTarget, from the internal type's v2beta2 shape (1.12).</summary>
    public static readonly ValidationSource MetricTarget = new(File, "validateMetricTarget, validateObjectSource, validateExternalSource, validatePodsSource, validateResourceSource, validateContainerResourceSource", Since: 12);

    /// <summary>behavior (HPAScaleBehavior, v2beta2 from 1.18).</summary>
    public static readonly ValidationSource Behavior = new(File, "validateBehavior / validateScalingRules, validateScalingPolicy", Since: 18);

    // The order validateMetricSpec looks at the sources in; only the first present one is validated further.
    private static readonly string[] Sources = ["object", "external", "pods", "resource", "containerResource"];

    private const int MaxPeriodSeconds = 1800;
    private const int MaxStabilizationWindowSeconds = 3600;

    /// <summary>The rejections of <paramref name="wanted"/>'s class in an autoscaling HorizontalPodAutoscaler.</summary>
    public static List<AutoscalerFinding> Of(KubeObject obj, int minor, ApiserverProblem wanted)
    {
        var findings = new List<AutoscalerFinding>();
        if (obj.Kind != "HorizontalPodAutoscaler" || obj.Group != "autoscaling" || obj.Root.GetMapping("spec") is not { } spec)
        {
            return findings;
        }

        var walk = new Walk(findings, wanted, minor, obj.ApiVersion == "autoscaling/v2beta1");
        var specPath = FieldPath.Root("spec");
        if (ScaleTargetRef.AppliesTo(minor) && spec.GetMapping("scaleTargetRef") is { } target)
        {
            var targetPath = specPath.Child("scaleTargetRef");
            walk.RequireWritten(target, "kind", targetPath, "Required value", "name the kind of the workload to scale, e.g. Deployment");
            walk.RequireWritten(target, "name", targetPath, "Required value", "name the workload to scale");
            walk.PathSegment(target, "kind", targetPath, "name the kind alone, e.g. Deployment; the group goes in apiVersion");
            walk.PathSegment(target, "name", targetPath, "give the workload's name alone, e.g. web; its group goes in apiVersion and its namespace is the autoscaler's");
        }

        // autoscaling/v1 (conversion.go: Convert_v1_HorizontalPodAutoscaler_To_autoscaling_HorizontalPodAutoscaler)
        // becomes one cpu Resource metric, validated as any (validateResourceSource at 1.8–1.9, validateMetricTarget from 1.12).
        if (obj.ApiVersion == "autoscaling/v1" && Walk.Written(spec, "targetCPUUtilizationPercentage") is { } cpu)
        {
            var resourcePath = specPath.Child("metrics").Index(0).Child("resource");
            if (V2beta1Targets.AppliesTo(minor))
            {
                walk.Utilization(cpu, resourcePath.Child("targetAverageUtilization"));
            }
            else if (MetricTarget.AppliesTo(minor))
            {
                walk.Utilization(cpu, resourcePath.Child("target").Child("averageUtilization"));
            }
        }

        if (obj.ApiVersion is "autoscaling/v2beta1" or "autoscaling/v2beta2" or "autoscaling/v2")
        {
            if (MetricSource.AppliesTo(minor) && spec.GetSequence("metrics") is { } metrics)
            {
                for (var i = 0; i < metrics.Count; i++)
                {
                    if (metrics.Items[i] is YMapping metric)
                    {
                        walk.Metric(metric, specPath.Child("metrics").Index(i));
                    }
                }
            }

            if (Behavior.AppliesTo(minor) && !walk.V2beta1 && spec.GetMapping("behavior") is { } behavior)
            {
                foreach (var direction in (ReadOnlySpan<string>)["scaleUp", "scaleDown"])
                {
                    if (behavior.GetMapping(direction) is { } rules)
                    {
                        walk.ScalingRules(rules, specPath.Child("behavior").Child(direction));
                    }
                }
            }
        }

        return findings;
    }

    private sealed class Walk(List<AutoscalerFinding> findings, ApiserverProblem wanted, int minor, bool v2beta1)
    {
        public bool V2beta1 => v2beta1;

        private void Add(ApiserverProblem problem, YNode node, FieldPath path, string wording, string fix)
        {
            if (problem == wanted)
            {
                findings.Add(new AutoscalerFinding(problem, node, path, wording, fix));
            }
        }

        /// <summary>A field written but null or empty (absent, the schema requires it: KL1005's).</summary>
        public void RequireWritten(YMapping owner, string field, FieldPath ownerPath, string wording, string fix)
        {
            if (owner.TryGetEntry(field, out var entry) && entry.Value is YScalar scalar && (scalar.IsNull || scalar.Value.Length == 0))
            {
                Add(ApiserverProblem.Required, entry.Key, ownerPath.Child(field), wording, fix);
            }
        }

        /// <summary>ValidateCrossVersionObjectReference: a written kind or name must be a path segment (IsValidPathSegmentName).</summary>
        public void PathSegment(YMapping owner, string field, FieldPath ownerPath, string fix)
        {
            if (ApiserverRules.WrittenText(owner[field]) is { Value.Length: > 0 } text && KubernetesNames.CheckPathSegment(text.Value) is { } problem)
            {
                Add(ApiserverProblem.InvalidName, text, ownerPath.Child(field), $"Invalid value: \"{text.Value}\": {problem}", fix);
            }
        }

        public void Metric(YMapping metric, FieldPath path)
        {
            // The sources the decoder keeps: external exists from 1.10, containerResource is dropped while
            // HPAContainerMetrics is off (before its beta in 1.27). A source written as null is none.
            var present = new List<YEntry>(1);
            foreach (var source in Sources)
            {
                if (metric.TryGetEntry(source, out var entry) && entry.Value is YMapping && Counts(source))
                {
                    present.Add(entry);
                }
            }

            var type = ApiserverRules.WrittenText(metric["type"])?.Value;
            var expected = type switch
            {
                "Object" => "object",
                "Pods" => "pods",
                "Resource" => "resource",
                "External" when minor >= 10 => "external",
                "ContainerResource" when minor >= 27 => "containerResource",
                _ => null, // unknown or unset: KL1004 and KL1005 report the type
            };

            if (expected is not null && !present.Exists(e => e.Key.Value == expected))
            {
                Add(ApiserverProblem.Required, ItemAnchor(metric), path.Child(expected), "Required value: must populate information for the given metric source",
                    $"add {expected}: with the metric's details, or set type to the source written");
            }

            if (present.Count > 1)
            {
                foreach (var entry in present)
                {
                    if (entry.Key.Value != expected)
                    {
                        Add(ApiserverProblem.Forbidden, entry.Key, path.Child(entry.Key.Value), "Forbidden: must populate the given metric source only",
                            expected is null ? "keep only the source that the type names" : $"remove {entry.Key.Value}: (type is {type}); use one list item per metric");
                    }
                }
            }

            if (present.Count > 0 && present[0].Value is YMapping first)
            {
                Source(present[0].Key.Value, first, path.Child(present[0].Key.Value));
            }
        }

        private bool Counts(string source) => source switch
        {
            "external" => minor >= 10,
            "containerResource" => minor >= 27,
            _ => true,
        };

        private void Source(string source, YMapping mapping, FieldPath path)
        {
            if (v2beta1)
            {
                V2beta1Source(source, mapping, path);
                return;
            }

            if (!MetricTarget.AppliesTo(minor))
            {
                return;
            }

            if (source is "object" or "external" or "pods" && mapping.GetMapping("metric") is { } metric)
            {
                RequireWritten(metric, "name", path.Child("metric"), "Required value: must specify a metric name", "name the metric the adapter serves");
            }

            if (source is "resource" or "containerResource")
            {
                RequireWritten(mapping, "name", path, "Required value: must specify a resource name", "name the resource, e.g. cpu or memory");
            }

            if (source == "containerResource")
            {
                RequireWritten(mapping, "container", path, "Required value: must specify a container", "name the container whose usage counts");
            }

            if (!mapping.TryGetEntry("target", out var targetEntry) || targetEntry.Value is not YMapping target)
            {
                return; // absent: KL1005 (the schema requires target)
            }

            var targetPath = path.Child("target");
            RequireWritten(target, "type", targetPath, "Required value: must specify a metric target type", "set type to Utilization, Value or AverageValue");
            var value = Written(target, "value");
            var average = Written(target, "averageValue");
            var utilization = Written(target, "averageUtilization");
            Positive(value, targetPath.Child("value"));
            Positive(average, targetPath.Child("averageValue"));
            Utilization(utilization, targetPath.Child("averageUtilization"));
            switch (source)
            {
                case "object" when value is null && average is null:
                    Add(ApiserverProblem.Required, targetEntry.Key, targetPath.Child("averageValue"), "Required value: must set either a target value or averageValue", "set target.value (the object's total) or target.averageValue (per pod)");
                    break;
                case "external" when value is null && average is null:
                    Add(ApiserverProblem.Required, targetEntry.Key, targetPath.Child("averageValue"), "Required value: must set either a target value for metric or a per-pod target", "set target.value (the metric's total) or target.averageValue (per pod)");
                    break;
                case "external" when value is not null && average is not null:
                    Add(ApiserverProblem.Forbidden, target.GetKey("value")!, targetPath.Child("value"), "Forbidden: may not set both a target value for metric and a per-pod target", "keep value (with type: Value) or averageValue (with type: AverageValue)");
                    break;
                case "pods" when average is null:
                    Add(ApiserverProblem.Required, targetEntry.Key, targetPath.Child("averageValue"), "Required value: must specify a positive target averageValue", "set target.averageValue, the per-pod value to keep, with type: AverageValue");
                    break;
                case "resource" or "containerResource":
                    UtilizationOrValue(target, targetEntry.Key, utilization, average, targetPath, "averageUtilization", "averageValue", "averageValue");
                    break;
            }
        }

        /// <summary>
        /// A v2beta1 source: at 1.8–1.9 validated with its own fields; from 1.12 converted first, so reported
        /// under the internal names (<c>target.averageUtilization</c>). Object and external targets, and 1.10–1.11,
        /// are left alone: their conversion and wording there were not read.
        /// </summary>
        private void V2beta1Source(string source, YMapping mapping, FieldPath path)
        {
            var old = V2beta1Targets.AppliesTo(minor);
            if (!old && !MetricTarget.AppliesTo(minor))
            {
                return;
            }

            var converted = path.Child("target");
            if (source == "pods" && Written(mapping, "targetAverageValue") is { } podsAverage && IsNotPositive(podsAverage))
            {
                // Old: Required "must specify a positive target value"; converted: Invalid "must be positive".
                if (old)
                {
                    Add(ApiserverProblem.OutOfRange, podsAverage, path.Child("targetAverageValue"), "Required value: must specify a positive target value", "give a per-pod target above 0");
                }
                else
                {
                    Positive(podsAverage, converted.Child("averageValue"));
                }
            }

            if (source != "resource")
            {
                return;
            }

            var utilization = Written(mapping, "targetAverageUtilization");
            var average = Written(mapping, "targetAverageValue");
            var anchor = mapping.GetKey("name") ?? (YNode)mapping;
            if (old)
            {
                Utilization(utilization, path.Child("targetAverageUtilization"));
                Positive(average, path.Child("targetAverageValue"));
                UtilizationOrValue(mapping, anchor, utilization, average, path, "targetAverageUtilization", "targetAverageValue", "targetAverageValue");
            }
            else
            {
                Utilization(utilization, converted.Child("averageUtilization"));
                Positive(average, converted.Child("averageValue"));
                UtilizationOrValue(mapping, anchor, utilization, average, converted, "averageUtilization", "averageValue", "targetAverageValue");
            }
        }

        /// <summary>validateResourceSource: a utilization or a raw value, not both. The paths are the apiserver's;
        /// <paramref name="writtenAverage"/> is the raw value's key as written (v2beta1 spells it targetAverageValue).</summary>
        private void UtilizationOrValue(YMapping owner, YNode anchor, YScalar? utilization, YScalar? average, FieldPath path, string utilizationField, string averageField, string writtenAverage)
        {
            if (utilization is null && average is null)
            {
                Add(ApiserverProblem.Required, anchor, path.Child(utilizationField), "Required value: must set either a target raw value or a target utilization",
                    $"set {utilizationField} (percent of the request) or {averageField} (a quantity per pod)");
            }
            else if (utilization is not null && average is not null)
            {
                Add(ApiserverProblem.Forbidden, owner.GetKey(writtenAverage) ?? anchor, path.Child(averageField), "Forbidden: may not set both a target raw value and a target utilization",
                    $"keep {utilizationField} or {averageField}");
            }
        }

        /// <summary>validateMetricTarget: a quantity target must be above 0 (Sign() != 1).</summary>
        private void Positive(YScalar? value, FieldPath path)
        {
            if (value is not null && IsNotPositive(value))
            {
                Add(ApiserverProblem.OutOfRange, value, path, $"Invalid value: \"{value.Value}\": must be positive", "give a target above 0");
            }
        }

        /// <summary>validateMetricTarget (validateResourceSource for v2beta1 at 1.8–1.9): a utilization of at least 1 percent.</summary>
        public void Utilization(YScalar? value, FieldPath path)
        {
            if (value is not null && YValues.TryGetInt(value, out var percent) && percent < 1)
            {
                Add(ApiserverProblem.OutOfRange, value, path, $"Invalid value: {percent}: must be greater than 0", "give a percentage of the pods' request, 1 or more");
            }
        }

        public void ScalingRules(YMapping rules, FieldPath path)
        {
            if (rules["stabilizationWindowSeconds"] is YScalar window && YValues.TryGetInt(window, out var seconds))
            {
                if (seconds < 0)
                {
                    Add(ApiserverProblem.OutOfRange, window, path.Child("stabilizationWindowSeconds"), $"Invalid value: {seconds}: must be greater than or equal to zero", "use 0 to 3600 seconds");
                }
                else if (seconds > MaxStabilizationWindowSeconds)
                {
                    Add(ApiserverProblem.OutOfRange, window, path.Child("stabilizationWindowSeconds"), $"Invalid value: {seconds}: must be less than or equal to {MaxStabilizationWindowSeconds}", "use 0 to 3600 seconds");
                }
            }

            if (rules.GetSequence("policies") is not { } policies)
            {
                return;
            }

            for (var i = 0; i < policies.Count; i++)
            {
                if (policies.Items[i] is not YMapping policy)
                {
                    continue;
                }

                var policyPath = path.Child("policies").Index(i);
                if (policy["value"] is YScalar value && YValues.TryGetInt(value, out var amount) && amount <= 0)
                {
                    Add(ApiserverProblem.OutOfRange, value, policyPath.Child("value"), $"Invalid value: {amount}: must be greater than zero", "give the pods (or percent) a period may add or remove, 1 or more");
                }

                if (policy["periodSeconds"] is YScalar period && YValues.TryGetInt(period, out var periodSeconds))
                {
                    if (periodSeconds <= 0)
                    {
                        Add(ApiserverProblem.OutOfRange, period, policyPath.Child("periodSeconds"), $"Invalid value: {periodSeconds}: must be greater than zero", "use 1 to 1800 seconds");
                    }
                    else if (periodSeconds > MaxPeriodSeconds)
                    {
                        Add(ApiserverProblem.OutOfRange, period, policyPath.Child("periodSeconds"), $"Invalid value: {periodSeconds}: must be less than or equal to {MaxPeriodSeconds}", "use 1 to 1800 seconds");
                    }
                }
            }
        }

        /// <summary>A written, non-null scalar that is not a placeholder (a number or a string).</summary>
        public static YScalar? Written(YMapping owner, string field) =>
            owner[field] is YScalar { IsNull: false } scalar && !YValues.IsPlaceholder(scalar.Value) ? scalar : null;

        /// <summary>True for a quantity that parses and is 0 or less; one that does not parse is KL1013's.</summary>
        private static bool IsNotPositive(YScalar value) =>
            Quantity.TryParse(value.Value, out var quantity) && quantity.Sign != 1;

        /// <summary>Where a finding about a list item's missing field points: its first key (metrics have no name).</summary>
        private static YNode ItemAnchor(YMapping item) => item.Count > 0 ? item.Entries[0].Key : item;
    }
}
