using KubeLint.Core.Model;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1014ValueOutOfRangeAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// An autoscaling/v1 targetCPUUtilizationPercentage is converted to one cpu Resource metric
/// (pkg/apis/autoscaling/v1/conversion.go) and validated as one (pkg/apis/autoscaling/validation/validation.go:
/// validateResourceSource at 1.8–1.9 with the v2beta1 field name, validateMetricTarget from 1.12 with target.averageUtilization).
/// </summary>
public class AutoscalerV1TargetTests
{
    private static string Hpa(string name, int percent) => $$"""
        apiVersion: autoscaling/v1
        kind: HorizontalPodAutoscaler
        metadata: {name: {{name}}}
        spec:
          scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
          maxReplicas: 5
          targetCPUUtilizationPercentage: {{(percent < 1 ? $"[|{percent}|]" : percent.ToString(System.Globalization.CultureInfo.InvariantCulture))}}
        """;

    [Theory]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1014_fires_on_a_v1_cpu_target_below_1_under_the_converted_path(int minor) => Verify.VerifyMessagesAsync(
        Hpa("bad", 0) + "\n---\n" + Hpa("good", 1), new KubernetesVersion(1, minor),
        "spec.metrics[0].resource.target.averageUtilization: Invalid value: 0: must be greater than 0; give a percentage of the pods' request, 1 or more");

    // 1.9: the internal type still had v2beta1's fields.
    [Fact]
    public Task KL1014_fires_on_a_v1_cpu_target_below_1_under_the_v2beta1_path_at_1_9() => Verify.VerifyMessagesAsync(
        Hpa("bad", -5) + "\n---\n" + Hpa("good", 80), new KubernetesVersion(1, 9),
        "spec.metrics[0].resource.targetAverageUtilization: Invalid value: -5: must be greater than 0; give a percentage of the pods' request, 1 or more");
}
