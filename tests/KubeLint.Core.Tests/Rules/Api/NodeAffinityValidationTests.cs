using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// A pod's node affinity and nodeSelector as pkg/apis/core/validation/validation.go checks them (validateNodeAffinity,
/// ValidateNodeSelector, ValidateNodeSelectorTerm, ValidateNodeSelectorRequirement, ValidateNodeFieldSelectorRequirement,
/// ValidatePreferredSchedulingTerms; ValidatePodSpec → ValidateLabels for nodeSelector). Every failing manifest has a
/// valid look-alike as its second document.
/// </summary>
public class NodeAffinityValidationTests
{
    private const string Required = "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms";

    private static string Pod(string name, string term) => $$$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: {{{name}}}}
        spec:
          affinity:
            nodeAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                nodeSelectorTerms:
                - {{{term}}}
          containers: [{name: web, image: "nginx:1"}]
        """;

    // ValidateNodeSelector: at least one term.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1011_fires_on_no_node_selector_term(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata: {name: bad}
        spec:
          affinity:
            nodeAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                [|nodeSelectorTerms|]: []
          containers: [{name: web, image: "nginx:1"}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: good}
        spec:
          affinity:
            nodeAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                nodeSelectorTerms: [{matchExpressions: [{key: kubernetes.io/os, operator: In, values: [linux]}]}]
          containers: [{name: web, image: "nginx:1"}]
        """, new KubernetesVersion(1, minor),
        $"{Required}: Required value: must have at least one node selector term; add a term with matchExpressions (terms are ORed), or drop requiredDuringSchedulingIgnoredDuringExecution");

    // ValidateNodeSelectorRequirement: Gt and Lt take exactly one value; In needs values.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1011_fires_on_Gt_with_two_values_and_In_without_values(int minor) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", "{matchExpressions: [{key: example.com/cores, operator: Gt, [|values|]: [\"4\", \"8\"]}, {[|key|]: kubernetes.io/os, operator: In}]}")}
        ---
        {Pod("good", "{matchExpressions: [{key: example.com/cores, operator: Gt, values: [\"4\"]}, {key: kubernetes.io/os, operator: In, values: [linux]}]}")}
        """, new KubernetesVersion(1, minor),
        $"{Required}[0].matchExpressions[0].values: Required value: must be specified single value when `operator` is 'Lt' or 'Gt'; give exactly one value, the integer the node label is compared with",
        $"{Required}[0].matchExpressions[1].values: Required value: must be specified when `operator` is 'In' or 'NotIn'; list the label values to match, or use operator Exists to match any value");

    // ValidateNodeSelectorRequirement: DoesNotExist takes no values (preferred terms too); the key is a label key.
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public async Task KL1015_and_KL1012_fire_in_a_preferred_term(int minor)
    {
        var markup = """
            apiVersion: v1
            kind: Pod
            metadata: {name: bad}
            spec:
              affinity:
                nodeAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - weight: 1
                    preference: {matchExpressions: [{key: spot, operator: DoesNotExist, {|KL1015:values|}: ["true"]}, {key: {|KL1012:"disk type"|}, operator: Exists}]}
              containers: [{name: web, image: "nginx:1"}]
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: good}
            spec:
              affinity:
                nodeAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - weight: 1
                    preference: {matchExpressions: [{key: spot, operator: DoesNotExist}, {key: disk-type, operator: Exists}]}
              containers: [{name: web, image: "nginx:1"}]
            """;
        var version = new KubernetesVersion(1, minor);
        await ApiRuleVerifier<KL1015MutuallyExclusiveFieldsAnalyzer>.VerifyMessagesWithAsync(
            [("manifest.yaml", markup)],
            version,
            [
                "spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'; drop values, or use operator In (NotIn) to match (exclude) them",
                "spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].preference.matchExpressions[1].key: Invalid value: \"disk type\": must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit (with an optional DNS-subdomain prefix and '/'); use a label key: an optional DNS-subdomain prefix and '/', then letters, digits, '-', '_' and '.'",
            ],
            new KL1012InvalidNameOrKeyAnalyzer());
    }

    // ValidateNodeSelectorTerm at 1.7–1.9: a term needs a requirement; from 1.11 (matchFields) an empty term is accepted.
    [Theory]
    [InlineData(9, true)]
    [InlineData(16, false)]
    [InlineData(36, false)]
    public Task KL1011_fires_on_an_empty_term_only_at_1_9(int minor, bool fires) => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", fires ? "[|matchExpressions|]: []" : "matchExpressions: []")}
        ---
        {Pod("good", "matchExpressions: [{key: kubernetes.io/os, operator: Exists}]")}
        """, new KubernetesVersion(1, minor),
        fires ? [$"{Required}[0].matchExpressions: Required value: must have at least one node selector requirement; add a matchExpressions item, e.g. {{key: kubernetes.io/os, operator: In, values: [linux]}}"] : []);

    // ValidateNodeSelectorRequirement: required terms' values are label values from 1.33 (kubernetes#128212); 1.22 accepts them.
    [Theory]
    [InlineData(22, false)]
    [InlineData(33, true)]
    [InlineData(36, true)]
    public Task KL1013_fires_on_an_invalid_required_value_from_1_33(int minor, bool fires) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($"""
        {Pod("bad", fires ? "{matchExpressions: [{key: pool, operator: In, values: [[|\"gpu pool\"|]]}]}" : "{matchExpressions: [{key: pool, operator: In, values: [\"gpu pool\"]}]}")}
        ---
        {Pod("good", "{matchExpressions: [{key: pool, operator: In, values: [gpu-pool]}]}")}
        """, new KubernetesVersion(1, minor),
        fires ? [$"{Required}[0].matchExpressions[0].values[0]: Invalid value: \"gpu pool\": must be empty or consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit; use a label value: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit"] : []);

    // ValidateNodeFieldSelectorRequirement (matchFields, 1.11+): key metadata.name only, In/NotIn with one value, a node name.
    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public async Task Match_fields_are_checked_from_1_11(int minor)
    {
        var markup = $"""
            {Pod("bad", "{matchFields: [{key: {|KL1012:metadata.labels|}, operator: In, values: [a]}, {key: metadata.name, operator: {|KL1013:Exists|}}, {key: metadata.name, operator: In, {|KL1011:values|}: [a, b]}, {key: metadata.name, operator: NotIn, values: [{|KL1012:Node_1|}]}]}")}
            ---
            {Pod("good", "{matchFields: [{key: metadata.name, operator: In, values: [node-1]}, {key: metadata.name, operator: NotIn, values: [node-2]}]}")}
            """;
        var version = new KubernetesVersion(1, minor);
        await ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyMessagesWithAsync(
            [("manifest.yaml", markup)],
            version,
            [
                $"{Required}[0].matchFields[0].key: Invalid value: \"metadata.labels\": not a valid field selector key; use key: metadata.name (the only node field), or move the requirement to matchExpressions to select by a node label",
                $"{Required}[0].matchFields[1].operator: Invalid value: \"Exists\": not a valid selector operator; use operator In or NotIn with one node name",
                $"{Required}[0].matchFields[2].values: Required value: must be only one value when `operator` is 'In' or 'NotIn' for node field selector; give exactly one node name; use one matchFields term per node (terms are ORed)",
                $"{Required}[0].matchFields[3].values[0]: Invalid value: \"Node_1\": must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit; give the node's name as kubectl get nodes shows it",
            ],
            new KL1012InvalidNameOrKeyAnalyzer(), new KL1013InvalidValueAnalyzer());
    }

    // ValidatePodSpec → ValidateLabels(spec.NodeSelector): keys and values as labels, reported at "spec.nodeSelector".
    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public async Task KL1012_and_KL1013_fire_on_node_selector_labels(int minor)
    {
        var markup = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: bad}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  nodeSelector: {{|KL1012:"disk type"|}: ssd, pool: {|KL1013:"gpu pool"|}}
                  containers: [{name: web, image: "nginx:1"}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: good}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  nodeSelector: {disktype: ssd, pool: gpu-pool, empty: ""}
                  containers: [{name: web, image: "nginx:1"}]
            """;
        var version = new KubernetesVersion(1, minor);
        await ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesWithAsync(
            [("manifest.yaml", markup)],
            version,
            [
                "spec.template.spec.nodeSelector: Invalid value: \"disk type\": must consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit (with an optional DNS-subdomain prefix and '/'); use a label key: an optional DNS-subdomain prefix and '/', then letters, digits, '-', '_' and '.'",
                "spec.template.spec.nodeSelector: Invalid value: \"gpu pool\": must be empty or consist of letters, digits, '-', '_' and '.', and start and end with a letter or digit; use a label value: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit",
            ],
            new KL1013InvalidValueAnalyzer());
    }
}
