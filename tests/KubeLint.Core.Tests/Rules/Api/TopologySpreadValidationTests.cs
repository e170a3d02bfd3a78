using KubeLint.Core.Model;
using Verify = KubeLint.Core.Tests.Rules.Api.ApiRuleVerifier<KubeLint.Core.Rules.Api.KL1004ValueNotInClosedSetAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// pkg/apis/core/validation/validation.go: validateTopologySpreadConstraints refuses a whenUnsatisfiable outside
/// supportedScheduleActions (DoNotSchedule, ScheduleAnyway); the closed set is KL1004's. The field is on from 1.18.
/// </summary>
public class TopologySpreadValidationTests
{
    [Theory]
    [InlineData(22)]
    [InlineData(36)]
    public Task KL1004_fires_on_an_unknown_when_unsatisfiable(int minor) => Verify.VerifyMessagesAsync("""
        apiVersion: v1
        kind: Pod
        metadata: {name: bad}
        spec:
          topologySpreadConstraints:
          - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: [|DoNotScheduleAnyway|]}
          containers: [{name: web, image: "nginx:1"}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: good}
        spec:
          topologySpreadConstraints:
          - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway}
          - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule}
          containers: [{name: web, image: "nginx:1"}]
        """, new KubernetesVersion(1, minor),
        "spec.topologySpreadConstraints[0].whenUnsatisfiable: \"DoNotScheduleAnyway\" is not one of DoNotSchedule, ScheduleAnyway");
}
