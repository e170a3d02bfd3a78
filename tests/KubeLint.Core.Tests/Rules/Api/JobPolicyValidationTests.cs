using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// A Job's podFailurePolicy (JobPodFailurePolicy, on from 1.26) and successPolicy (JobSuccessPolicy, on from 1.31)
/// as pkg/apis/batch/validation/validation.go checks them: validateJobSpec, validatePodFailurePolicyRule,
/// validatePodFailurePolicyRuleOnExitCodes, validateSuccessPolicy and validateSuccessPolicyRule, in Jobs and
/// CronJob job templates. Every failing document has a valid look-alike beside it.
/// </summary>
public class JobPolicyValidationTests
{
    private static KubernetesVersion V(int minor) => new(1, minor);

    private static string Job(string name, string spec, string restartPolicy = "Never") => $$"""
        apiVersion: batch/v1
        kind: Job
        metadata: {name: {{name}}}
        spec:
        {{spec}}
          template:
            spec:
              containers: [{name: web, image: "nginx:1.27"}]
              restartPolicy: {{restartPolicy}}
        """;

    private const string ExitCodes = "  podFailurePolicy:\n    rules:\n    - action: FailJob\n      onExitCodes: {operator: In, values: [42]}";

    [Theory]
    [InlineData(26)]
    [InlineData(31)]
    [InlineData(36)]
    public Task KL1017_fires_on_a_pod_failure_policy_with_restart_on_failure(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($$$"""
        {{{Job("bad", ExitCodes, "[|OnFailure|]")}}}
        ---
        {{{Job("good", ExitCodes)}}}
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: bad}
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              podFailurePolicy:
                rules:
                - {action: Ignore, onPodConditions: [{type: DisruptionTarget, status: "True"}]}
              template:
                spec:
                  containers: [{name: web, image: "nginx:1.27"}]
                  restartPolicy: [|OnFailure|]
        """, V(minor),
        "spec.template.spec.restartPolicy: Invalid value: \"OnFailure\": only \"Never\" is supported when podFailurePolicy is specified; set restartPolicy: Never (the policy decides about failed pods, which OnFailure would restart in place), or drop podFailurePolicy",
        "spec.jobTemplate.spec.template.spec.restartPolicy: Invalid value: \"OnFailure\": only \"Never\" is supported when podFailurePolicy is specified; set restartPolicy: Never (the policy decides about failed pods, which OnFailure would restart in place), or drop podFailurePolicy");

    // Before 1.26 the alpha field is dropped (KL1001 speaks for it), so nothing is checked.
    [Fact]
    public Task KL1017_checks_pod_failure_policies_from_1_26() =>
        ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyAsync(Job("old", ExitCodes, "OnFailure"), V(25));

    [Theory]
    [InlineData(26)]
    [InlineData(36)]
    public Task KL1013_fires_on_exit_code_zero_for_in_and_unordered_codes(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($"""
        {Job("bad", "  podFailurePolicy:\n    rules:\n    - action: FailJob\n      onExitCodes: {operator: In, values: [[|0|], 42]}\n    - action: Ignore\n      onExitCodes:\n        operator: NotIn\n        [|values|]: [42, 1]")}
        ---
        {Job("good", "  podFailurePolicy:\n    rules:\n    - action: FailJob\n      onExitCodes: {operator: In, values: [1, 42]}\n    - action: Ignore\n      onExitCodes: {operator: NotIn, values: [0, 1]}")}
        """, V(minor),
        "spec.podFailurePolicy.rules[0].onExitCodes.values[0]: Invalid value: 0: must not be 0 for the In operator; exit code 0 is success, which never fails a pod: remove it, or use NotIn",
        "spec.podFailurePolicy.rules[1].onExitCodes.values: Invalid value: [42 1]: must be ordered; list the exit codes in ascending order");

    [Theory]
    [InlineData(26)]
    [InlineData(36)]
    public Task KL1016_fires_on_a_repeated_exit_code(int minor) => ApiRuleVerifier<KL1016DuplicateEntryAnalyzer>.VerifyMessagesAsync($"""
        {Job("bad", "  podFailurePolicy:\n    rules:\n    - action: FailJob\n      onExitCodes: {operator: In, values: [1, 1]}".Replace("[1, 1]", "[1, [|1|]]", StringComparison.Ordinal))}
        ---
        {Job("good", "  podFailurePolicy:\n    rules:\n    - action: FailJob\n      onExitCodes: {operator: In, values: [1, 2]}")}
        """, V(minor),
        "spec.podFailurePolicy.rules[0].onExitCodes.values[1]: Duplicate value: 1; list each exit code once");

    [Theory]
    [InlineData(26)]
    [InlineData(36)]
    public Task KL1017_fires_on_an_exit_code_rule_naming_no_container(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($"""
        {Job("bad", "  podFailurePolicy:\n    rules:\n    - action: FailJob\n      onExitCodes: {containerName: [|worker|], operator: In, values: [42]}")}
        ---
        {Job("good", "  podFailurePolicy:\n    rules:\n    - action: FailJob\n      onExitCodes: {containerName: web, operator: In, values: [42]}")}
        """, V(minor),
        "spec.podFailurePolicy.rules[0].onExitCodes.containerName: Invalid value: \"worker\": must be one of the container or initContainer names in the pod template; name one of the pod template's containers (web), or drop containerName to match any");

    [Theory]
    [InlineData(26)]
    [InlineData(36)]
    public async Task KL1015_and_KL1011_fire_on_a_rule_with_both_or_neither_matcher(int minor)
    {
        var bad = Job("bad", "  podFailurePolicy:\n    rules:\n    - action: Ignore\n      onExitCodes: {operator: In, values: [42]}\n      [|onPodConditions|]: [{type: DisruptionTarget, status: \"True\"}]");
        var good = Job("good", "  podFailurePolicy:\n    rules:\n    - action: Ignore\n      onPodConditions: [{type: DisruptionTarget, status: \"True\"}]");
        await ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($"{bad}\n---\n{good}", V(minor),
            "spec.podFailurePolicy.rules[0]: Invalid value: specifying both OnExitCodes and OnPodConditions is not supported; split the rule in two: one on exit codes, one on pod conditions");
        await ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($"{Job("none", "  podFailurePolicy:\n    rules:\n    - [|action|]: Ignore")}\n---\n{good}", V(minor),
            "spec.podFailurePolicy.rules[0]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required; say when the rule applies: onExitCodes (operator and values) or onPodConditions");
    }

    [Theory]
    [InlineData(31)]
    [InlineData(36)]
    public Task KL1017_fires_on_a_success_policy_of_a_non_indexed_job(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($"""
        {Job("bad", "  completions: 3\n  [|successPolicy|]:\n    rules: [{succeededCount: 1}]")}
        ---
        {Job("good", "  completions: 3\n  completionMode: Indexed\n  successPolicy:\n    rules: [{succeededIndexes: \"0\"}]")}
        """, V(minor),
        "spec.successPolicy: Invalid value: requires indexed completion mode; set completionMode: Indexed (with completions), or drop successPolicy");

    [Theory]
    [InlineData(31)]
    [InlineData(36)]
    public Task KL1011_fires_on_a_success_policy_rule_without_criteria(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($"""
        {Job("bad", "  completions: 3\n  completionMode: Indexed\n  successPolicy:\n    rules:\n    - [|foo|]: 1")}
        ---
        {Job("empty", "  completions: 3\n  completionMode: Indexed\n  successPolicy:\n    [|rules|]: []")}
        ---
        {Job("good", "  completions: 3\n  completionMode: Indexed\n  successPolicy:\n    rules: [{succeededCount: 2}]")}
        """, V(minor),
        "spec.successPolicy.rules[0]: Required value: at least one of succeededCount or succeededIndexes must be specified; say when the Job succeeds: succeededIndexes (e.g. \"0-2\"), succeededCount, or both",
        "spec.successPolicy.rules: Required value: at least one rules must be specified when the successPolicy is specified; add a rule with succeededIndexes or succeededCount");

    // FailIndex (JobBackoffLimitPerIndex, on from 1.29) needs backoffLimitPerIndex.
    [Theory]
    [InlineData(29)]
    [InlineData(36)]
    public Task KL1017_fires_on_fail_index_without_backoff_limit_per_index(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($"""
        {Job("bad", "  completions: 3\n  completionMode: Indexed\n  podFailurePolicy:\n    rules:\n    - action: [|FailIndex|]\n      onExitCodes: {operator: In, values: [42]}")}
        ---
        {Job("good", "  completions: 3\n  completionMode: Indexed\n  backoffLimitPerIndex: 1\n  podFailurePolicy:\n    rules:\n    - action: FailIndex\n      onExitCodes: {operator: In, values: [42]}")}
        """, V(minor),
        "spec.podFailurePolicy.rules[0].action: Invalid value: \"FailIndex\": requires the backoffLimitPerIndex to be set; set spec.backoffLimitPerIndex (and completionMode: Indexed), or use another action");
}
