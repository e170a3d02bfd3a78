using KubeLint.Core.Analysis;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Rules.Input;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// One fact, one finding, for the selector, toleration and affinity checks (src/KubeLint.Core/Validation/Scheduling):
/// what another rule already reports (an unknown operator KL1004, a workload's selector labels KL0005, an affinity
/// weight KL1014, a missing required field KL1005) is reported by it alone, and a valid look-alike gives nothing.
/// </summary>
public class SchedulingChecksOverlapTests
{
    private static KubeAnalyzer[] OtherAnalyzers =>
    [
        new KL1004ValueNotInClosedSetAnalyzer(), new KL1005RequiredFieldMissingAnalyzer(),
        new KL1011RequiredByApiserverAnalyzer(), new KL1012InvalidNameOrKeyAnalyzer(),
        new KL1013InvalidValueAnalyzer(), new KL1014ValueOutOfRangeAnalyzer(),
        new KL1015MutuallyExclusiveFieldsAnalyzer(), new KL1017InconsistentFieldsAnalyzer(),
    ];

    [Fact]
    public Task Each_rejection_is_reported_once() => ApiRuleVerifier<KL0005InvalidNameAnalyzer>.VerifyWithAsync([("manifest.yaml", """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: bad}
        spec:
          selector:
            matchLabels: {{|KL0005:app_|}: web}
            matchExpressions: [{key: tier, operator: {|KL1004:Equals|}, values: [a]}]
          template:
            metadata: {labels: {{|KL0005:app_|}: web, tier: a}}
            spec:
              tolerations: [{key: dedicated, operator: {|KL1004:Equal2|}, value: gpu}]
              affinity:
                nodeAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - {weight: {|KL1014:0|}, preference: {matchExpressions: [{key: spot, operator: {|KL1004:Has|}}]}}
                  {|KL1005:requiredDuringSchedulingIgnoredDuringExecution|}: {}
              containers: [{name: web, image: "nginx:1"}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: good}
        spec:
          selector:
            matchLabels: {app: web}
            matchExpressions: [{key: tier, operator: In, values: [a]}]
          template:
            metadata: {labels: {app: web, tier: a}}
            spec:
              tolerations: [{key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}, {operator: Exists}]
              affinity:
                nodeAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - {weight: 1, preference: {matchExpressions: [{key: spot, operator: DoesNotExist}]}}
                  requiredDuringSchedulingIgnoredDuringExecution:
                    nodeSelectorTerms: [{matchExpressions: [{key: kubernetes.io/os, operator: In, values: [linux]}]}]
                podAntiAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                  - {topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: web}}, namespaces: [default]}
              topologySpreadConstraints:
              - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}}
              nodeSelector: {kubernetes.io/os: linux}
              containers: [{name: web, image: "nginx:1"}]
        """)], new KubernetesVersion(1, 36), null, OtherAnalyzers);
}
