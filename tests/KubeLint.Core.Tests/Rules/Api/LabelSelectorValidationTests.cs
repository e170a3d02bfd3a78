using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// Label selectors as apimachinery's pkg/apis/meta/v1/validation/validation.go validates them (ValidateLabelSelector,
/// ValidateLabelSelectorRequirement, ValidateLabels), in a workload's and a budget's spec.selector (apps
/// ValidateDeploymentSpec, policy ValidatePodDisruptionBudgetSpec) and in pod affinity terms and spread constraints
/// (pkg/apis/core/validation/validation.go: validatePodAffinityTerm, ValidatePodAffinityTermSelector,
/// validateTopologySpreadConstraints). Every failing manifest has a valid look-alike as its second document.
/// </summary>
public class LabelSelectorValidationTests
{
    private static string Deployment(string name, string expression) => $$$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: {{{name}}}}
        spec:
          selector:
            matchLabels: {app: web}
            matchExpressions:
            - {{{expression}}}
          template:
            metadata: {labels: {app: web, tier: front}}
            spec:
              containers: [{name: web, image: "nginx:1"}]
        """;

    // ValidateLabelSelectorRequirement: In and NotIn need values (every minor).
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1011_fires_on_In_without_values(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($"""
        {Deployment("bad", "{[|key|]: tier, operator: In}")}
        ---
        {Deployment("good", "{key: tier, operator: In, values: [front]}")}
        """, new KubernetesVersion(1, minor),
        "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'; list the label values to match, or use operator Exists to match any value");

    // ValidateLabelSelectorRequirement: an empty values list counts as none, reported at its key.
    [Fact]
    public Task KL1011_fires_on_NotIn_with_an_empty_list() => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($"""
        {Deployment("bad", "{key: tier, operator: NotIn, [|values|]: []}")}
        ---
        {Deployment("good", "{key: tier, operator: NotIn, values: [back]}")}
        """, new KubernetesVersion(1, 36),
        "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'; list the label values to match, or use operator Exists to match any value");

    // ValidateLabelSelectorRequirement: Exists and DoesNotExist take no values.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1015_fires_on_Exists_with_values(int minor) => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($"""
        {Deployment("bad", "{key: tier, operator: Exists, [|values|]: [front]}")}
        ---
        {Deployment("good", "{key: tier, operator: Exists}")}
        """, new KubernetesVersion(1, minor),
        "spec.selector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'; drop values, or use operator In (NotIn) to match (exclude) them");

    // ValidateLabelSelectorRequirement → ValidateLabelName: the key is a qualified name.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_an_invalid_expression_key(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($"""
        {Deployment("bad", "{key: [|tier_|], operator: Exists}")}
        ---
        {Deployment("good", "{key: example.com/tier, operator: Exists}")}
        """, new KubernetesVersion(1, minor),
        "spec.selector.matchExpressions[0].key: Invalid value: \"tier_\": must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit (with an optional DNS-subdomain prefix and '/'); use a label key: an optional DNS-subdomain prefix and '/', then letters, digits, '-', '_' and '.'");

    // ValidateLabelSelectorRequirement: values as label values from 1.26 (kubernetes#113699); 1.22 accepts them.
    [Theory]
    [InlineData(22, false)]
    [InlineData(26, true)]
    [InlineData(36, true)]
    public async Task KL1013_fires_on_an_invalid_expression_value_from_1_26(int minor, bool fires)
    {
        var markup = $"""
            {Deployment("bad", fires ? "{key: tier, operator: In, values: [front, [|front_|]]}" : "{key: tier, operator: In, values: [front, front_]}")}
            ---
            {Deployment("good", "{key: tier, operator: In, values: [front, front-2]}")}
            """;
        var messages = fires
            ? new[] { "spec.selector.matchExpressions[0].values[1]: Invalid value: \"front_\": must be empty or consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit; use a label value: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit" }
            : [];
        await ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync(markup, new KubernetesVersion(1, minor), messages);
    }

    // ValidatePodDisruptionBudgetSpec → ValidateLabelSelector (policy/v1beta1 until policy/v1 in 1.21).
    [Theory]
    [InlineData("policy/v1beta1", 9)]
    [InlineData("policy/v1beta1", 16)]
    [InlineData("policy/v1", 22)]
    [InlineData("policy/v1", 36)]
    public Task KL1011_fires_on_a_budget_selector_without_values(string apiVersion, int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
        apiVersion: {{{apiVersion}}}
        kind: PodDisruptionBudget
        metadata: {name: bad}
        spec:
          minAvailable: 1
          selector:
            matchExpressions:
            - {[|key|]: app, operator: NotIn}
        ---
        apiVersion: {{{apiVersion}}}
        kind: PodDisruptionBudget
        metadata: {name: good}
        spec:
          minAvailable: 1
          selector:
            matchExpressions:
            - {key: app, operator: NotIn, values: [batch]}
        """, new KubernetesVersion(1, minor),
        "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'; list the label values to match, or use operator Exists to match any value");

    // A StatefulSet's selector is validated (ValidateStatefulSetSpec), its pod spec is not (ValidatePodTemplateSpecForStatefulSet).
    [Fact]
    public Task A_StatefulSet_selector_is_checked_and_its_pod_affinity_is_not() => ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyAsync("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          serviceName: db
          selector:
            matchLabels: {app: db}
            matchExpressions: [{key: tier, operator: DoesNotExist, [|values|]: [x]}]
          template:
            metadata: {labels: {app: db}}
            spec:
              affinity:
                podAntiAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                  - topologyKey: kubernetes.io/hostname
                    labelSelector:
                      matchExpressions: [{key: app, operator: Exists, values: [db]}]
              containers: [{name: db, image: "postgres:16"}]
        """, new KubernetesVersion(1, 36));

    private static string AffinityPod(string name, string term) => $$$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: {{{name}}}, labels: {app: web}}
        spec:
          affinity:
            podAntiAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
              - {{{term}}}
          containers: [{name: web, image: "nginx:1"}]
        """;

    // validatePodAffinityTerm: the label selector's path is "…matchExpressions" until 1.20 and "…labelSelector" from 1.21 (kubernetes#98378).
    [Theory]
    [InlineData(9, "matchExpressions")]
    [InlineData(16, "matchExpressions")]
    [InlineData(22, "labelSelector")]
    [InlineData(36, "labelSelector")]
    public Task KL1011_fires_on_an_affinity_term_expression_without_values(int minor, string selectorPath) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
        {{{AffinityPod("bad", "{topologyKey: kubernetes.io/hostname, labelSelector: {matchExpressions: [{[|key|]: app, operator: In}]}}")}}}
        ---
        {{{AffinityPod("good", "{topologyKey: kubernetes.io/hostname, labelSelector: {matchExpressions: [{key: app, operator: In, values: [web]}]}}")}}}
        """, new KubernetesVersion(1, minor),
        $"spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].{selectorPath}.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'; list the label values to match, or use operator Exists to match any value");

    // ValidateLabelSelector → ValidateLabels: an affinity term's matchLabels key and value, reported at "…matchLabels".
    [Theory]
    [InlineData(9, "matchExpressions")]
    [InlineData(16, "matchExpressions")]
    [InlineData(22, "labelSelector")]
    [InlineData(36, "labelSelector")]
    public async Task KL1012_and_KL1013_fire_on_affinity_term_labels(int minor, string selectorPath)
    {
        var markup = $$$"""
            {{{AffinityPod("bad", "{topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {{|KL1012:app/|}: web, tier: {|KL1013:-front|}}}}")}}}
            ---
            {{{AffinityPod("good", "{topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: web, tier: front}}}")}}}
            """;
        var version = new KubernetesVersion(1, minor);
        var path = $"spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].{selectorPath}.matchLabels";
        await ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesWithAsync(
            [("manifest.yaml", markup)],
            version,
            [
                $"{path}: Invalid value: \"app/\": has an empty name; use a label key: an optional DNS-subdomain prefix and '/', then letters, digits, '-', '_' and '.'",
                $"{path}: Invalid value: \"-front\": must be empty or consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit; use a label value: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit",
            ],
            new KL1013InvalidValueAnalyzer());
    }

    // ValidatePodAffinityTermSelector: namespaceSelector from 1.22 (beta); at 1.16 the field does not exist (KL1002's).
    [Theory]
    [InlineData(16, false)]
    [InlineData(22, true)]
    [InlineData(36, true)]
    public async Task KL1015_fires_on_a_preferred_term_namespace_selector_from_1_22(int minor, bool fires)
    {
        var values = fires ? "[|values|]" : "values";
        await ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesAsync($$$"""
            apiVersion: v1
            kind: Pod
            metadata: {name: bad}
            spec:
              affinity:
                podAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - weight: 10
                    podAffinityTerm:
                      topologyKey: topology.kubernetes.io/zone
                      labelSelector: {matchLabels: {app: cache}}
                      namespaceSelector: {matchExpressions: [{key: team, operator: Exists, {{{values}}}: [a]}]}
              containers: [{name: web, image: "nginx:1"}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: good}
            spec:
              affinity:
                podAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - weight: 10
                    podAffinityTerm:
                      topologyKey: topology.kubernetes.io/zone
                      labelSelector: {matchLabels: {app: cache}}
                      namespaceSelector: {matchExpressions: [{key: team, operator: Exists}]}
              containers: [{name: web, image: "nginx:1"}]
            """, new KubernetesVersion(1, minor),
            fires ? ["spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.namespaceSelector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'; drop values, or use operator In (NotIn) to match (exclude) them"] : []);
    }

    // validatePodAffinityTerm: namespaces are DNS-1123 labels (path "…namespace"), topologyKey a label key.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_an_affinity_namespace_and_topology_key(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($$$"""
        {{{AffinityPod("bad", "{topologyKey: [|zone_|], namespaces: [default, [|Team_A|]], labelSelector: {matchLabels: {app: web}}}")}}}
        ---
        {{{AffinityPod("good", "{topologyKey: zone, namespaces: [default, team-a], labelSelector: {matchLabels: {app: web}}}")}}}
        """, new KubernetesVersion(1, minor),
        "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey: Invalid value: \"zone_\": must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit (with an optional DNS-subdomain prefix and '/'); use a node label key, e.g. kubernetes.io/hostname or topology.kubernetes.io/zone",
        "spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespace: Invalid value: \"Team_A\": must consist of lower-case letters, digits and '-', and start and end with a letter or digit; name a namespace as kubectl get namespaces shows it");

    // validateTopologySpreadConstraints → ValidateLabelSelector: from 1.28 (read); 1.22 is not reported.
    [Theory]
    [InlineData(22, false)]
    [InlineData(28, true)]
    [InlineData(36, true)]
    public async Task KL1011_fires_on_a_spread_selector_without_values_from_1_28(int minor, bool fires)
    {
        var key = fires ? "[|key|]" : "key";
        await ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($$$"""
            apiVersion: v1
            kind: Pod
            metadata: {name: bad, labels: {app: web}}
            spec:
              topologySpreadConstraints:
              - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchExpressions: [{{{{key}}}: app, operator: In}]}}
              containers: [{name: web, image: "nginx:1"}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: good, labels: {app: web}}
            spec:
              topologySpreadConstraints:
              - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchExpressions: [{key: app, operator: In, values: [web]}]}}
              containers: [{name: web, image: "nginx:1"}]
            """, new KubernetesVersion(1, minor),
            fires ? ["spec.topologySpreadConstraints[0].labelSelector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'; list the label values to match, or use operator Exists to match any value"] : []);
    }
}
