using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// pkg/apis/scheduling/validation/validation.go: ValidatePriorityClass — the reserved system- prefix
/// (IsKnownSystemPriorityClass, KL1012), HighestUserDefinablePriority (KL1014) and ValidatePreemptionPolicy (KL1004).
/// Claimed from 1.14 (scheduling.k8s.io/v1); at 1.9 the kind is served only by the alpha API, which is off.
/// </summary>
public class PriorityClassTests
{
    private static string Class(string apiVersion, string name, string value, string extra = "") => $"""
        apiVersion: {apiVersion}
        kind: PriorityClass
        metadata: {"{"}name: {name}{"}"}
        value: {value}
        {extra}
        """;

    [Theory]
    [InlineData("scheduling.k8s.io/v1beta1", 16)]
    [InlineData("scheduling.k8s.io/v1", 22)]
    [InlineData("scheduling.k8s.io/v1", 36)]
    public Task KL1012_fires_on_the_reserved_prefix(string apiVersion, int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($"""
        {Class(apiVersion, "[|system-batch|]", "1000")}
        ---
        {Class(apiVersion, "[|system-node-critical|]", "1000")}
        ---
        {Class(apiVersion, "[|system-cluster-critical|]", "2000000000", "globalDefault: true")}
        ---
        {Class(apiVersion, "system-node-critical", "2000001000")}
        ---
        {Class(apiVersion, "batch-system", "1000")}
        """, new KubernetesVersion(1, minor),
        "metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: system-batch is not a known system priority class; name the class without the system- prefix (the two system classes exist in every cluster already)",
        "metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: value of system-node-critical PriorityClass must be 2000001000; name the class without the system- prefix (the two system classes exist in every cluster already)",
        "metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: globalDefault of system-cluster-critical PriorityClass must be false; name the class without the system- prefix (the two system classes exist in every cluster already)");

    [Theory]
    [InlineData("scheduling.k8s.io/v1beta1", 16)]
    [InlineData("scheduling.k8s.io/v1", 22)]
    [InlineData("scheduling.k8s.io/v1", 36)]
    public Task KL1014_fires_above_the_highest_user_priority(string apiVersion, int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($"""
        {Class(apiVersion, "too-high", "[|1000000001|]")}
        ---
        {Class(apiVersion, "highest", "1000000000")}
        ---
        {Class(apiVersion, "system-cluster-critical", "2000000000")}
        """, new KubernetesVersion(1, minor),
        "value: Forbidden: maximum allowed value of a user defined priority is 1000000000; use at most 1000000000; values above are kept for system-node-critical and system-cluster-critical");

    // Before scheduling.k8s.io/v1 (1.14) the checks are not claimed.
    [Fact]
    public Task Neither_fires_before_1_14() => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyWithAsync([("manifest.yaml", $"""
        {Class("scheduling.k8s.io/v1beta1", "system-batch", "1000000001")}
        """)], new KubernetesVersion(1, 13), null, new KL1014ValueOutOfRangeAnalyzer());

    [Fact]
    public Task KL1004_fires_on_an_unknown_preemption_policy() => ApiRuleVerifier<KL1004ValueNotInClosedSetAnalyzer>.VerifyMessagesAsync($"""
        {Class("scheduling.k8s.io/v1", "batch", "1000", "preemptionPolicy: [|never|]")}
        ---
        {Class("scheduling.k8s.io/v1", "batch-never", "1000", "preemptionPolicy: Never")}
        """, new KubernetesVersion(1, 36),
        "preemptionPolicy: \"never\" is not one of PreemptLowerPriority, Never; did you mean \"Never\"?");
}
