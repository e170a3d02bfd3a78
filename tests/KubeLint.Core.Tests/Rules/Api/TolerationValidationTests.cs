using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// A pod spec's tolerations as pkg/apis/core/validation/validation.go: ValidateTolerations checks them (read at
/// the 1.7–1.9 sources and today's), each rejection reported by the rule of its class. Every failing manifest
/// has a valid look-alike as its second document.
/// </summary>
public class TolerationValidationTests
{
    private static string Pod(string name, string toleration) => $$$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: {{{name}}}}
        spec:
          tolerations:
          - {{{toleration}}}
          containers: [{name: web, image: "nginx:1"}]
        """;

    // ValidateTolerations: an empty key needs operator Exists (the finding sits on the operator, or on the item's first key).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1017_fires_on_an_empty_key_without_Exists(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "{operator: [|Equal|], value: gpu, effect: NoSchedule}")}
        ---
        {Pod("bad2", "{[|effect|]: NoSchedule}")}
        ---
        {Pod("good", "{operator: Exists, effect: NoSchedule}")}
        """, new KubernetesVersion(1, minor),
        "spec.tolerations[0].operator: Invalid value: \"Equal\": operator must be Exists when `key` is empty, which means \"match all values and all keys\"; name the taint's key, or set operator: Exists to tolerate every taint",
        "spec.tolerations[0].operator: Invalid value: \"\": operator must be Exists when `key` is empty, which means \"match all values and all keys\"; name the taint's key, or set operator: Exists to tolerate every taint");

    // ValidateTolerations: tolerationSeconds only with effect NoExecute (on the effect, or on tolerationSeconds when no effect is written).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1017_fires_on_tolerationSeconds_without_NoExecute(int minor) => ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "{key: node.kubernetes.io/unreachable, operator: Exists, effect: [|NoSchedule|], tolerationSeconds: 30}")}
        ---
        {Pod("bad2", "{key: node.kubernetes.io/unreachable, operator: Exists, [|tolerationSeconds|]: 30}")}
        ---
        {Pod("good", "{key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 30}")}
        """, new KubernetesVersion(1, minor),
        "spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set; set effect: NoExecute (tolerationSeconds bounds how long a pod stays on a node given a NoExecute taint), or drop tolerationSeconds",
        "spec.tolerations[0].effect: Invalid value: \"\": effect must be 'NoExecute' when `tolerationSeconds` is set; set effect: NoExecute (tolerationSeconds bounds how long a pod stays on a node given a NoExecute taint), or drop tolerationSeconds");

    // ValidateTolerations → ValidateLabelName: a non-empty key is a qualified name.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_an_invalid_key(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "{key: [|dedicated=gpu|], operator: Exists}")}
        ---
        {Pod("good", "{key: dedicated, operator: Equal, value: gpu}")}
        """, new KubernetesVersion(1, minor),
        "spec.tolerations[0].key: Invalid value: \"dedicated=gpu\": must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit (with an optional DNS-subdomain prefix and '/'); use the taint's key: an optional DNS-subdomain prefix and '/', then letters, digits, '-', '_' and '.'");

    // ValidateTolerations: with Equal (or no operator) the value is a label value; the apiserver's path names the operator.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1013_fires_on_an_invalid_value(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "{key: dedicated, value: [|\"gpu nodes\"|], effect: NoSchedule}")}
        ---
        {Pod("good", "{key: dedicated, value: gpu-nodes, effect: NoSchedule}")}
        """, new KubernetesVersion(1, minor),
        "spec.tolerations[0].operator: Invalid value: \"gpu nodes\": must be empty or consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit; use the taint's value: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit");

    // ValidateTolerations: Exists takes no value.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1015_fires_on_Exists_with_a_value(int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "{key: dedicated, operator: Exists, [|value|]: gpu}")}
        ---
        {Pod("good", "{key: dedicated, operator: Exists}")}
        """, new KubernetesVersion(1, minor),
        "spec.tolerations[0].operator: Invalid value: core.Toleration{Key:\"dedicated\", Operator:\"Exists\", Value:\"gpu\", …}: value must be empty when `operator` is 'Exists'; drop value to tolerate the key with any value, or use operator: Equal to tolerate only this value");

    // Before 1.7 the rules differ (an empty key was refused outright): not reported. A Deployment's template is checked like a Pod.
    [Fact]
    public async Task Nothing_is_reported_at_1_6_and_a_template_is_checked_like_a_pod()
    {
        await ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyAsync(Pod("old", "{effect: NoSchedule}"), new KubernetesVersion(1, 6));
        await ApiRuleVerifier<KL1017InconsistentFieldsAnalyzer>.VerifyAsync("""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  tolerations: [{[|effect|]: NoSchedule}, {operator: Exists}]
                  containers: [{name: web, image: "nginx:1"}]
            """, new KubernetesVersion(1, 36));
    }
}
