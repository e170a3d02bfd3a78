using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// pkg/apis/core/validation/validation.go: ValidateResourceRequirements — validateContainerResourceName (KL1012: a
/// name without a domain must be a standard container resource) and ValidateResourceQuantityValue (KL1013: an extended
/// resource is an integer). Every failing Pod has a valid look-alike beside it.
/// </summary>
public class ContainerResourceNameTests
{
    private const string Good = """
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: good}
        spec:
          containers:
          - name: app
            image: app:1
            resources:
              limits: {cpu: 500m, memory: 1Gi, ephemeral-storage: 1Gi, hugepages-2Mi: 2Mi, example.com/widget: 2}
              requests: {cpu: 500m, memory: 1Gi, ephemeral-storage: 1Gi, hugepages-2Mi: 2Mi, example.com/widget: 2}
        """;

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1012_fires_on_a_resource_name_that_is_no_container_resource(int minor) => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyMessagesAsync($$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: bad}
        spec:
          containers:
          - name: app
            image: app:1
            resources:
              limits: {[|gpu|]: 1, [|CPU|]: 1}
              requests: {[|pods|]: 1}
        {{Good}}
        """, new KubernetesVersion(1, minor),
        "spec.containers[0].resources.limits[gpu]: Invalid value: \"gpu\": must be a standard resource for containers; use cpu, memory, ephemeral-storage or hugepages-<size>, or an extended resource with its domain (e.g. nvidia.com/gpu)",
        "spec.containers[0].resources.limits[CPU]: Invalid value: \"CPU\": must be a standard resource for containers; write it in lower case: cpu",
        "spec.containers[0].resources.requests[pods]: Invalid value: \"pods\": must be a standard resource for containers; use cpu, memory, ephemeral-storage or hugepages-<size>, or an extended resource with its domain (e.g. nvidia.com/gpu)");

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1013_fires_on_a_fraction_of_an_extended_resource(int minor) => ApiRuleVerifier<KL1013InvalidValueAnalyzer>.VerifyMessagesAsync($$"""
        apiVersion: v1
        kind: Pod
        metadata: {name: bad}
        spec:
          containers:
          - name: app
            image: app:1
            resources:
              limits: {example.com/widget: [|500m|], kubernetes.io/native: 500m}
              requests: {example.com/widget: [|0.5|]}
        {{Good}}
        """, new KubernetesVersion(1, minor),
        "spec.containers[0].resources.limits[example.com/widget]: Invalid value: \"500m\": must be an integer; example.com/widget is counted in whole devices: request 1 or more, without a fraction",
        "spec.containers[0].resources.requests[example.com/widget]: Invalid value: \"0.5\": must be an integer; example.com/widget is counted in whole devices: request 1 or more, without a fraction");

    // A StatefulSet's pod template is not validated on create (ValidatePodTemplateSpecForStatefulSet).
    [Fact]
    public Task Neither_fires_in_a_stateful_set() => ApiRuleVerifier<KL1012InvalidNameOrKeyAnalyzer>.VerifyWithAsync([("manifest.yaml", """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db}
        spec:
          serviceName: db
          selector: {matchLabels: {app: db}}
          template:
            metadata: {labels: {app: db}}
            spec:
              containers:
              - name: db
                image: db:1
                resources:
                  limits: {gpu: 1, example.com/widget: 500m}
        """)], new KubernetesVersion(1, 36), null, new KL1013InvalidValueAnalyzer());
}
