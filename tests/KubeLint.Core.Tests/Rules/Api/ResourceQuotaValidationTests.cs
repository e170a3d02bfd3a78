using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// A ResourceQuota as pkg/apis/core/validation/validation.go: ValidateResourceQuotaSpec validates it, with the sets
/// of pkg/apis/core/helper/helpers.go (IsStandardQuotaResourceName, IsIntegerResourceName,
/// IsResourceQuotaScopeValidForResource). The 1.9 and current sources agree, so every minor is tested; each failing
/// document has a valid look-alike.
/// </summary>
public class ResourceQuotaValidationTests
{
    private static string Quota(string name) => $$"""
        apiVersion: v1
        kind: ResourceQuota
        metadata: {name: {{name}}}
        spec:
        """;

    private static KubernetesVersion V(int minor) => new(1, minor);

    // ValidateResourceQuotaResourceName: no '/' means a standard quota resource; with one, a qualified name.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_hard_keys_the_quota_system_does_not_track(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Quota("bad")}}}
          hard:
            [|cpus|]: "10"
            [|storage|]: 10Gi
            [|-bad/x|]: "1"
        ---
        {{{Quota("good")}}}
          hard:
            requests.cpu: "10"
            requests.storage: 10Gi
            requests.hugepages-2Mi: 1Gi
            count/deployments.apps: "3"
            gold.storageclass.storage.k8s.io/requests.storage: 500Gi
            services.loadbalancers: "2"
        """, V(minor),
        "spec.hard[cpus]: Invalid value: \"cpus\": must be a standard resource for quota; use a tracked resource (pods, services, secrets, requests.cpu, limits.memory, requests.storage, …) or count/<resource>.<group>",
        "spec.hard[storage]: Invalid value: \"storage\": must be a standard resource for quota; use a tracked resource (pods, services, secrets, requests.cpu, limits.memory, requests.storage, …) or count/<resource>.<group>",
        "spec.hard[-bad/x]: Invalid value: \"-bad/x\": has a prefix that must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit; name a quota resource such as pods, requests.cpu or count/deployments.apps");

    // ValidateResourceQuantityValue: ValidateNonnegativeQuantity.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1014_fires_on_a_negative_hard_limit(int minor) => ApiRuleVerifier<KL1014ValueOutOfRangeAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Quota("bad")}}}
          hard:
            pods: [|"-1"|]
            requests.memory: [|-1Gi|]
        ---
        {{{Quota("good")}}}
          hard:
            pods: "0"
            requests.memory: 1Gi
        """, V(minor),
        "spec.hard[pods]: Invalid value: \"-1\": must be greater than or equal to 0; a quota cannot be negative: give 0 or more",
        "spec.hard[requests.memory]: Invalid value: \"-1Gi\": must be greater than or equal to 0; a quota cannot be negative: give 0 or more");

    // ValidateResourceQuantityValue: IsIntegerResourceName (object counts, extended resources such as count/…) must be whole.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1013_fires_on_a_fractional_object_count(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Quota("bad")}}}
          hard:
            pods: [|500m|]
            count/jobs.batch: [|"1.5"|]
        ---
        {{{Quota("good")}}}
          hard:
            pods: "1"
            count/jobs.batch: 2k
            requests.cpu: 500m
            requests.nvidia.com/gpu: 1500m
        """, V(minor),
        "spec.hard[pods]: Invalid value: \"500m\": must be an integer; pods counts whole objects: give a number without a fraction or milli suffix",
        "spec.hard[count/jobs.batch]: Invalid value: \"1.5\": must be an integer; count/jobs.batch counts whole objects: give a number without a fraction or milli suffix");

    // validateResourceQuotaScopes: IsStandardResourceQuotaScope. Later scopes (PriorityClass, …) are accepted.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1013_fires_on_an_unknown_scope(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Quota("bad")}}}
          hard: {pods: "10"}
          scopes: [[|Expensive|]]
        ---
        {{{Quota("good")}}}
          hard: {pods: "10"}
          scopes: [NotTerminating, PriorityClass]
        """, V(minor),
        "spec.scopes: Invalid value: \"Expensive\": unsupported scope; use Terminating, NotTerminating, BestEffort or NotBestEffort (or a scopeSelector)");

    // validateResourceQuotaScopes: IsResourceQuotaScopeValidForResource (BestEffort: pods; Terminating…: pods and compute)
    // and the two conflicting pairs.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1017_fires_on_scopes_that_do_not_fit_the_resources_or_each_other(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Quota("bad")}}}
          hard:
            requests.cpu: "4"
          scopes: [[|BestEffort|]]
        ---
        {{{Quota("bad2")}}}
          hard:
            services: "4"
          scopes: [[|Terminating|]]
        ---
        {{{Quota("bad3")}}}
          hard:
            pods: "4"
          scopes: [Terminating, [|NotTerminating|]]
        ---
        {{{Quota("good")}}}
          hard:
            pods: "4"
            count/deployments.apps: "2"
          scopes: [BestEffort]
        ---
        {{{Quota("good2")}}}
          hard:
            limits.memory: 1Gi
          scopes: [Terminating, NotBestEffort]
        """, V(minor),
        "spec.scopes: Invalid value: \"BestEffort\": unsupported scope applied to resource; a BestEffort quota tracks only pods: move requests.cpu to a quota without this scope",
        "spec.scopes: Invalid value: \"Terminating\": unsupported scope applied to resource; a Terminating quota tracks only pods, cpu and memory: move services to a quota without this scope",
        "spec.scopes: Invalid value: [\"Terminating\", \"NotTerminating\"]: conflicting scopes; Terminating and NotTerminating match no pod together: keep one, or split the quota in two");
}
