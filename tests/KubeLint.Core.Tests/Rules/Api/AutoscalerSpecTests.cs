using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// A HorizontalPodAutoscaler's metrics, behavior and scaleTargetRef as pkg/apis/autoscaling/validation/validation.go
/// validates them (validateMetricSpec, validateMetricTarget and the source validators, validateScalingRules,
/// validateScalingPolicy, ValidateCrossVersionObjectReference), each rejection reported by the rule of its class.
/// Every failing manifest has a valid look-alike as its second document.
/// </summary>
public class AutoscalerSpecTests
{
    private static string Header(string apiVersion, string name) => $$$"""
        apiVersion: {{{apiVersion}}}
        kind: HorizontalPodAutoscaler
        metadata: {name: {{{name}}}}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          maxReplicas: 3
        """;

    // A CPU target as each version spells it.
    private static string CpuTarget(string apiVersion) => apiVersion == "autoscaling/v2beta1"
        ? "{name: cpu, targetAverageUtilization: 80}"
        : "{name: cpu, target: {type: Utilization, averageUtilization: 80}}";

    // validateMetricSpec: the type's source must be written (1.9 and 1.2x sources alike).
    [Theory]
    [InlineData("autoscaling/v2beta1", 9)]
    [InlineData("autoscaling/v2beta1", 16)]
    [InlineData("autoscaling/v2beta2", 22)]
    [InlineData("autoscaling/v2", 36)]
    public Task KL1011_fires_on_a_metric_without_its_source(string apiVersion, int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Header(apiVersion, "bad")}}}
          metrics:
          - [|type|]: Resource
        ---
        {{{Header(apiVersion, "good")}}}
          metrics:
          - type: Resource
            resource: {{{CpuTarget(apiVersion)}}}
        """, new KubernetesVersion(1, minor),
        "spec.metrics[0].resource: Required value: must populate information for the given metric source; add resource: with the metric's details, or set type to the source written");

    // validateMetricSpec: a source other than the type's is forbidden when more than one is written.
    [Theory]
    [InlineData("autoscaling/v2beta1", 9)]
    [InlineData("autoscaling/v2beta1", 16)]
    [InlineData("autoscaling/v2beta2", 22)]
    [InlineData("autoscaling/v2", 36)]
    public Task KL1015_fires_on_a_second_metric_source(string apiVersion, int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Header(apiVersion, "bad")}}}
          metrics:
          - type: Resource
            resource: {{{CpuTarget(apiVersion)}}}
            [|pods|]: {}
        ---
        {{{Header(apiVersion, "good")}}}
          metrics:
          - type: Resource
            resource: {{{CpuTarget(apiVersion)}}}
          - type: Resource
            resource: {{{CpuTarget(apiVersion)}}}
        """, new KubernetesVersion(1, minor),
        "spec.metrics[0].pods: Forbidden: must populate the given metric source only; remove pods: (type is Resource); use one list item per metric");

    // validateResourceSource (v2beta1 fields at 1.9) and validateMetricTarget (internal names from 1.12, v2beta1 converted first).
    [Theory]
    [InlineData("autoscaling/v2beta1", 9, "spec.metrics[0].resource.targetAverageUtilization")]
    [InlineData("autoscaling/v2beta1", 16, "spec.metrics[0].resource.target.averageUtilization")]
    [InlineData("autoscaling/v2beta2", 22, "spec.metrics[0].resource.target.averageUtilization")]
    [InlineData("autoscaling/v2", 36, "spec.metrics[0].resource.target.averageUtilization")]
    public async Task KL1014_fires_on_a_utilization_below_one(string apiVersion, int minor, string path)
    {
        var bad = apiVersion == "autoscaling/v2beta1"
            ? "{name: cpu, targetAverageUtilization: [|0|]}"
            : "{name: cpu, target: {type: Utilization, averageUtilization: [|0|]}}";
        await ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
            {{{Header(apiVersion, "bad")}}}
              metrics:
              - type: Resource
                resource: {{{bad}}}
            ---
            {{{Header(apiVersion, "good")}}}
              metrics:
              - type: Resource
                resource: {{{CpuTarget(apiVersion).Replace("80", "1", StringComparison.Ordinal)}}}
            """, new KubernetesVersion(1, minor),
            $"{path}: Invalid value: 0: must be greater than 0; give a percentage of the pods' request, 1 or more");
    }

    // validateResourceSource: neither a utilization nor a raw value (v2beta1 names at 1.9, internal names from 1.12).
    [Theory]
    [InlineData("autoscaling/v2beta1", 9, "{[|name|]: memory}", "spec.metrics[0].resource.targetAverageUtilization", "targetAverageUtilization", "targetAverageValue")]
    [InlineData("autoscaling/v2beta1", 16, "{[|name|]: memory}", "spec.metrics[0].resource.target.averageUtilization", "averageUtilization", "averageValue")]
    [InlineData("autoscaling/v2beta2", 22, "{name: memory, [|target|]: {type: AverageValue}}", "spec.metrics[0].resource.target.averageUtilization", "averageUtilization", "averageValue")]
    [InlineData("autoscaling/v2", 36, "{name: memory, [|target|]: {type: AverageValue}}", "spec.metrics[0].resource.target.averageUtilization", "averageUtilization", "averageValue")]
    public Task KL1011_fires_on_a_resource_target_without_a_value(string apiVersion, int minor, string resource, string path, string utilization, string average) =>
        ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
            {{{Header(apiVersion, "bad")}}}
              metrics:
              - type: Resource
                resource: {{{resource}}}
            ---
            {{{Header(apiVersion, "good")}}}
              metrics:
              - type: Resource
                resource: {{{(apiVersion == "autoscaling/v2beta1" ? "{name: memory, targetAverageValue: 500Mi}" : "{name: memory, target: {type: AverageValue, averageValue: 500Mi}}")}}}
            """, new KubernetesVersion(1, minor),
            $"{path}: Required value: must set either a target raw value or a target utilization; set {utilization} (percent of the request) or {average} (a quantity per pod)");

    // validateResourceSource: a utilization and a raw value together.
    [Theory]
    [InlineData("autoscaling/v2beta1", 9, "{name: cpu, targetAverageUtilization: 80, [|targetAverageValue|]: 500m}", "spec.metrics[0].resource.targetAverageValue", "targetAverageUtilization or targetAverageValue")]
    [InlineData("autoscaling/v2beta1", 16, "{name: cpu, targetAverageUtilization: 80, [|targetAverageValue|]: 500m}", "spec.metrics[0].resource.target.averageValue", "averageUtilization or averageValue")]
    [InlineData("autoscaling/v2beta2", 22, "{name: cpu, target: {type: Utilization, averageUtilization: 80, [|averageValue|]: 500m}}", "spec.metrics[0].resource.target.averageValue", "averageUtilization or averageValue")]
    [InlineData("autoscaling/v2", 36, "{name: cpu, target: {type: Utilization, averageUtilization: 80, [|averageValue|]: 500m}}", "spec.metrics[0].resource.target.averageValue", "averageUtilization or averageValue")]
    public Task KL1015_fires_on_a_utilization_beside_a_raw_value(string apiVersion, int minor, string resource, string path, string keep) =>
        ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($$$"""
            {{{Header(apiVersion, "bad")}}}
              metrics:
              - type: Resource
                resource: {{{resource}}}
            ---
            {{{Header(apiVersion, "good")}}}
              metrics:
              - type: Resource
                resource: {{{CpuTarget(apiVersion)}}}
            """, new KubernetesVersion(1, minor),
            $"{path}: Forbidden: may not set both a target raw value and a target utilization; keep {keep}");

    // v2beta1 pods targets: Required "positive" at 1.8-1.9 (validatePodsSource), Invalid "must be positive" once converted (1.12+).
    [Theory]
    [InlineData(9, "spec.metrics[0].pods.targetAverageValue: Required value: must specify a positive target value; give a per-pod target above 0")]
    [InlineData(16, "spec.metrics[0].pods.target.averageValue: Invalid value: \"0\": must be positive; give a target above 0")]
    public Task KL1014_fires_on_a_v2beta1_pods_target_of_zero(int minor, string message) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Header("autoscaling/v2beta1", "bad")}}}
          metrics:
          - type: Pods
            pods: {metricName: requests_per_second, targetAverageValue: [|0|]}
        ---
        {{{Header("autoscaling/v2beta1", "good")}}}
          metrics:
          - type: Pods
            pods: {metricName: requests_per_second, targetAverageValue: 100m}
        """, new KubernetesVersion(1, minor), message);

    // 1.10-1.11: the v2beta1 target validation there was not read, so nothing is reported.
    [Fact]
    public Task KL1014_is_silent_on_v2beta1_targets_at_1_11() => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyWithAsync([("manifest.yaml", $$$"""
        {{{Header("autoscaling/v2beta1", "unread")}}}
          metrics:
          - type: Resource
            resource: {name: cpu, targetAverageUtilization: 0}
        """)], new KubernetesVersion(1, 11), null, new KL1014ValueOutOfRangeAnalyzer(), new KL1015MutuallyExclusiveFieldsAnalyzer());

    // validateMetricTarget: quantities above 0; validatePodsSource: averageValue required; validateExternalSource: value or averageValue, not both.
    [Theory]
    [InlineData("autoscaling/v2beta2", 16)]
    [InlineData("autoscaling/v2beta2", 22)]
    [InlineData("autoscaling/v2", 36)]
    public async Task Fire_on_pods_and_external_targets(string apiVersion, int minor)
    {
        var good = $$$"""
            ---
            {{{Header(apiVersion, "good")}}}
              metrics:
              - type: Pods
                pods: {metric: {name: rps}, target: {type: AverageValue, averageValue: 100m}}
              - type: External
                external: {metric: {name: queue}, target: {type: Value, value: 30}}
            """;
        var version = new KubernetesVersion(1, minor);
        await ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
            {{{Header(apiVersion, "bad")}}}
              metrics:
              - type: Pods
                pods: {metric: {name: rps}, target: {type: AverageValue, averageValue: [|0|]}}
              - type: External
                external: {metric: {name: queue}, target: {type: Value, value: [|-1|]}}
            {{{good}}}
            """, version,
            "spec.metrics[0].pods.target.averageValue: Invalid value: \"0\": must be positive; give a target above 0",
            "spec.metrics[1].external.target.value: Invalid value: \"-1\": must be positive; give a target above 0");
        await ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
            {{{Header(apiVersion, "bad")}}}
              metrics:
              - type: Pods
                pods: {metric: {[|name|]: ""}, [|target|]: {type: AverageValue}}
              - type: External
                external: {metric: {name: queue}, [|target|]: {type: Value}}
            {{{good}}}
            """, version,
            "spec.metrics[0].pods.metric.name: Required value: must specify a metric name; name the metric the adapter serves",
            "spec.metrics[0].pods.target.averageValue: Required value: must specify a positive target averageValue; set target.averageValue, the per-pod value to keep, with type: AverageValue",
            "spec.metrics[1].external.target.averageValue: Required value: must set either a target value for metric or a per-pod target; set target.value (the metric's total) or target.averageValue (per pod)");
        await ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($$$"""
            {{{Header(apiVersion, "bad")}}}
              metrics:
              - type: External
                external: {metric: {name: queue}, target: {type: Value, [|value|]: 30, averageValue: 3}}
            {{{good}}}
            """, version,
            "spec.metrics[0].external.target.value: Forbidden: may not set both a target value for metric and a per-pod target; keep value (with type: Value) or averageValue (with type: AverageValue)");
    }

    // validateScalingRules / validateScalingPolicy: behavior is new in autoscaling/v2beta2 at 1.18.
    [Theory]
    [InlineData("autoscaling/v2beta2", 22)]
    [InlineData("autoscaling/v2", 36)]
    public Task KL1014_fires_on_behavior_out_of_range(string apiVersion, int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Header(apiVersion, "bad")}}}
          behavior:
            scaleUp:
              stabilizationWindowSeconds: [|3601|]
              policies:
              - {type: Pods, value: [|0|], periodSeconds: [|1801|]}
            scaleDown:
              stabilizationWindowSeconds: [|-1|]
              policies:
              - {type: Percent, value: 10, periodSeconds: [|0|]}
        ---
        {{{Header(apiVersion, "good")}}}
          behavior:
            scaleUp:
              stabilizationWindowSeconds: 3600
              policies:
              - {type: Pods, value: 1, periodSeconds: 1800}
            scaleDown:
              stabilizationWindowSeconds: 0
              policies:
              - {type: Percent, value: 10, periodSeconds: 1}
        """, new KubernetesVersion(1, minor),
        "spec.behavior.scaleUp.stabilizationWindowSeconds: Invalid value: 3601: must be less than or equal to 3600; use 0 to 3600 seconds",
        "spec.behavior.scaleUp.policies[0].value: Invalid value: 0: must be greater than zero; give the pods (or percent) a period may add or remove, 1 or more",
        "spec.behavior.scaleUp.policies[0].periodSeconds: Invalid value: 1801: must be less than or equal to 1800; use 1 to 1800 seconds",
        "spec.behavior.scaleDown.stabilizationWindowSeconds: Invalid value: -1: must be greater than or equal to zero; use 0 to 3600 seconds",
        "spec.behavior.scaleDown.policies[0].periodSeconds: Invalid value: 0: must be greater than zero; use 1 to 1800 seconds");

    // ValidateCrossVersionObjectReference: kind and name, every version (v1 too); absent is KL1005's.
    [Theory]
    [InlineData("autoscaling/v1", 9)]
    [InlineData("autoscaling/v2beta1", 16)]
    [InlineData("autoscaling/v2beta2", 22)]
    [InlineData("autoscaling/v2", 36)]
    public Task KL1011_fires_on_an_empty_scale_target(string apiVersion, int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
        apiVersion: {{{apiVersion}}}
        kind: HorizontalPodAutoscaler
        metadata: {name: bad}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, [|kind|]: "", [|name|]: ""}
          maxReplicas: 3
        ---
        {{{Header(apiVersion, "good")}}}
        """, new KubernetesVersion(1, minor),
        "spec.scaleTargetRef.kind: Required value; name the kind of the workload to scale, e.g. Deployment",
        "spec.scaleTargetRef.name: Required value; name the workload to scale");

    // validateMetricSpec's validMetricSourceTypes, validateMetricTarget, validSelectPolicyTypes, validPolicyTypes (KL1004's closed sets).
    [Fact]
    public Task KL1004_fires_on_unknown_autoscaler_types() => ApiRuleVerifier<KL1004ValueNotInClosedSetAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Header("autoscaling/v2", "bad")}}}
          metrics:
          - type: [|Cpu|]
            resource: {name: cpu, target: {type: [|Percent|], averageUtilization: 80}}
          behavior:
            scaleUp:
              selectPolicy: [|max|]
              policies:
              - {type: [|Replicas|], value: 1, periodSeconds: 60}
        ---
        {{{Header("autoscaling/v2", "good")}}}
          metrics:
          - type: Resource
            resource: {name: cpu, target: {type: Utilization, averageUtilization: 80}}
          behavior:
            scaleUp:
              selectPolicy: Max
              policies:
              - {type: Pods, value: 1, periodSeconds: 60}
        """, new KubernetesVersion(1, 36),
        "spec.metrics[0].type: \"Cpu\" is not one of Object, Pods, Resource, External, ContainerResource",
        "spec.metrics[0].resource.target.type: \"Percent\" is not one of Utilization, Value, AverageValue",
        "spec.behavior.scaleUp.selectPolicy: \"max\" is not one of Max, Min, Disabled; did you mean \"Max\"?",
        "spec.behavior.scaleUp.policies[0].type: \"Replicas\" is not one of Pods, Percent");

    // External is accepted from 1.10; at 1.9 validMetricSourceTypes holds Object, Pods and Resource only.
    [Theory]
    [InlineData(9, true)]
    [InlineData(16, false)]
    public Task KL1004_knows_when_external_metrics_came(int minor, bool fires) => ApiRuleVerifier<KL1004ValueNotInClosedSetAnalyzer>.VerifyWithAsync([("manifest.yaml", $$$"""
        {{{Header("autoscaling/v2beta1", "ext")}}}
          metrics:
          - type: {{{(fires ? "{|KL1004:External|}" : "External")}}}
            external: {metricName: queue, targetValue: 30}
        """)], new KubernetesVersion(1, minor), null, new KL1011RequiredByApiserverAnalyzer());

    // One fact, one finding: an empty metric type is KL1004's alone (not also KL1011's "must specify a metric source type"),
    // a target's missing type KL1005's, a malformed quantity KL1013's (not also "must be positive").
    [Fact]
    public Task Each_autoscaler_rejection_is_reported_once() => ApiRuleVerifier<KL1004ValueNotInClosedSetAnalyzer>.VerifyWithAsync([("manifest.yaml", $$$$"""
        {{{{Header("autoscaling/v2", "bad")}}}}
          metrics:
          - type: {|KL1004:""|}
            resource: {name: cpu, target: {type: Utilization, averageUtilization: {|KL1014:0|}}}
          - type: Pods
            pods: {metric: {name: rps}, {|KL1005:target|}: {averageValue: 1}}
          - type: Object
            object:
              describedObject: {apiVersion: v1, kind: Service, name: web}
              metric: {name: rps}
              target: {type: Value, value: {|KL1013:10 k|}}
            {|KL1015:external|}: {metric: {name: q}, target: {type: Value, value: 1}}
        """)], new KubernetesVersion(1, 36), null, new KL1005RequiredFieldMissingAnalyzer(), new KL1011RequiredByApiserverAnalyzer(), new KL1013InvalidValueAnalyzer(), new KL1014ValueOutOfRangeAnalyzer(), new KL1015MutuallyExclusiveFieldsAnalyzer());
}
