using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// A LimitRange as pkg/apis/core/validation/validation.go: ValidateLimitRange validates it: one item per type,
/// no defaults for type Pod, and per resource min ≤ defaultRequest ≤ default ≤ max, 1 ≤ maxLimitRequestRatio ≤ max/min.
/// The checks stand in the 1.2 sources already, so every minor is tested. Each failing document has a valid look-alike.
/// </summary>
public class LimitRangeValidationTests
{
    private static string Range(string name) => $$"""
        apiVersion: v1
        kind: LimitRange
        metadata: {name: {{name}}}
        spec:
          limits:
        """;

    private static KubernetesVersion V(int minor) => new(1, minor);

    // ValidateLimitRange: field.Duplicate of a type written twice.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1016_fires_on_a_limit_type_written_twice(int minor) => ApiRuleVerifier<KL1016DuplicateEntryAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Range("bad")}}}
          - type: Container
            max: {cpu: "2"}
          - type: [|Container|]
            min: {cpu: 100m}
        ---
        {{{Range("good")}}}
          - type: Container
            max: {cpu: "2"}
            min: {cpu: 100m}
          - type: Pod
            max: {cpu: "4"}
        """, V(minor),
        "spec.limits[1].type: Duplicate value: \"Container\"; merge this item into the first Container item: a LimitRange holds one item per type");

    // ValidateLimitRange: default and defaultRequest are forbidden when type is Pod.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1015_fires_on_defaults_for_type_pod(int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Range("bad")}}}
          - type: Pod
            max: {cpu: "4"}
            [|default|]: {cpu: "1"}
            [|defaultRequest|]: {cpu: 500m}
        ---
        {{{Range("good")}}}
          - type: Pod
            max: {cpu: "4"}
          - type: Container
            default: {cpu: "1"}
            defaultRequest: {cpu: 500m}
        """, V(minor),
        "spec.limits[0].default: Forbidden: may not be specified when `type` is 'Pod'; defaults apply to containers: move them to an item of type Container",
        "spec.limits[0].defaultRequest: Forbidden: may not be specified when `type` is 'Pod'; defaults apply to containers: move them to an item of type Container");

    // ValidateLimitRange: min ≤ max, min ≤ defaultRequest ≤ max, defaultRequest ≤ default, min ≤ default ≤ max, per resource.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1017_fires_on_limits_out_of_order(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Range("bad")}}}
          - type: Container
            min: {cpu: [|"2"|], memory: 64Mi}
            max: {cpu: "1", memory: 1Gi}
            default: {memory: [|2Gi|]}
            defaultRequest: {memory: [|32Mi|]}
          - type: Container
            default: {memory: 256Mi}
            defaultRequest: {memory: [|512Mi|]}
        ---
        {{{Range("good")}}}
          - type: Container
            min: {cpu: 500m, memory: 64Mi}
            max: {cpu: "1", memory: 1Gi}
            default: {cpu: "1", memory: 1Gi}
            defaultRequest: {cpu: 500m, memory: 64Mi}
        """, V(minor),
        "spec.limits[0].min[cpu]: Invalid value: \"2\": min value 2 is greater than max value 1; lower min or raise max",
        "spec.limits[0].default[memory]: Invalid value: \"1Gi\": default value 2Gi is greater than max value 1Gi; lower default to max or less",
        "spec.limits[0].defaultRequest[memory]: Invalid value: \"32Mi\": min value 64Mi is greater than default request value 32Mi; raise defaultRequest to min or more",
        "spec.limits[1].defaultRequest[memory]: Invalid value: \"512Mi\": default request value 512Mi is greater than default limit value 256Mi; a request cannot exceed its limit: lower defaultRequest or raise default");

    // ValidateLimitRange: a maxLimitRequestRatio below 1.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1014_fires_on_a_ratio_below_one(int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Range("bad")}}}
          - type: Container
            maxLimitRequestRatio: {cpu: [|500m|]}
        ---
        {{{Range("good")}}}
          - type: Container
            maxLimitRequestRatio: {cpu: "1"}
        """, V(minor),
        "spec.limits[0].maxLimitRequestRatio[cpu]: Invalid value: \"500m\": ratio 500m is less than 1; a limit is never below its request: give a ratio of 1 or more");

    // ValidateLimitRange: a maxLimitRequestRatio above max/min.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1017_fires_on_a_ratio_above_max_over_min(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Range("bad")}}}
          - type: Container
            min: {memory: 256Mi}
            max: {memory: 1Gi}
            maxLimitRequestRatio: {memory: [|"5"|]}
        ---
        {{{Range("good")}}}
          - type: Container
            min: {memory: 256Mi}
            max: {memory: 1Gi}
            maxLimitRequestRatio: {memory: "4"}
        """, V(minor),
        "spec.limits[0].maxLimitRequestRatio[memory]: Invalid value: \"5\": ratio 5 is greater than max/min = 4.000000; no container between min and max can reach this ratio: give at most 4.000000, or widen min and max");

    // validateLimitRangeTypeName: a qualified name, and a standard type (Container, Pod, PersistentVolumeClaim) unless prefixed.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1013_fires_on_a_limit_type_that_is_neither_standard_nor_prefixed(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Range("bad")}}}
          - type: [|Node|]
            max: {cpu: "2"}
          - type: [|"gpu pool"|]
            max: {cpu: "2"}
        ---
        {{{Range("good")}}}
          - type: example.com/Node
            max: {cpu: "2"}
          - type: PersistentVolumeClaim
            max: {storage: 10Gi}
        """, V(minor),
        "spec.limits[0].type: Invalid value: \"Node\": must be a standard limit type or fully qualified; a LimitRange limits Container, Pod or PersistentVolumeClaim (or a prefixed type, e.g. example.com/gpu-pool)",
        "spec.limits[1].type: Invalid value: \"gpu pool\": must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit (with an optional DNS-subdomain prefix and '/'); give Container, Pod or PersistentVolumeClaim");
}
