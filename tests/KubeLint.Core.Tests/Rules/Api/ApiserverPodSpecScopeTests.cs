using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// The apiserver validates the pod specs of Pods, PodTemplates, ReplicationControllers, Deployments,
/// ReplicaSets, DaemonSets, Jobs and CronJobs, but not a StatefulSet's: apps/validation
/// ValidatePodTemplateSpecForStatefulSet leaves it unchecked (a TODO upstream, because its volumes come
/// partly from volumeClaimTemplates), checking only labels, annotations and, in ValidateStatefulSetSpec,
/// restartPolicy. So the same mistakes are errors in a Deployment and not reported in a StatefulSet.
/// (What fails to decode at all, such as a malformed quantity, is refused in every kind: KL1013 reports it
/// from the schema walk, whatever the kind.)
/// </summary>
public class ApiserverPodSpecScopeTests
{
    private const string PodSpec = """
        containers:
        - name: App
          ports: [{name: metrics-endpoint-x, containerPort: 9090}]
          resources:
            requests: {cpu: "2"}
            limits: {cpu: "1"}
          livenessProbe: {successThreshold: 3, exec: {command: [a]}, tcpSocket: {port: 80}}
          volumeMounts:
          - {name: data, mountPath: /data, subPath: ../etc}
          - {name: data, mountPath: /data}
        volumes:
        - {name: data, emptyDir: {}}
        - {name: data, emptyDir: {}}
        """;

    private static readonly string[] Rules = ["KL1011", "KL1012", "KL1013", "KL1014", "KL1015", "KL1016", "KL1017"];

    private static readonly Type[] Analyzers =
    [
        typeof(KL1011RequiredByApiserverAnalyzer), typeof(KL1012InvalidNameOrKeyAnalyzer), typeof(KL1013InvalidValueAnalyzer),
        typeof(KL1014ValueOutOfRangeAnalyzer), typeof(KL1015MutuallyExclusiveFieldsAnalyzer), typeof(KL1016DuplicateEntryAnalyzer),
        typeof(KL1017InconsistentFieldsAnalyzer),
    ];

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task A_statefulsets_pod_spec_is_not_checked_as_the_apiserver_does_not(int minor) =>
        ApiRuleVerifier.VerifyEachAsync([("manifest.yaml", WorkloadManifests.Wrap("StatefulSet", PodSpec))], new KubernetesVersion(1, minor), null, Analyzers);

    [Theory]
    [InlineData(9)]
    [InlineData(36)]
    public void The_same_pod_spec_in_a_deployment_is(int minor)
    {
        var found = RuleVerifier.LintText(WorkloadManifests.Wrap("Deployment", PodSpec), new KubernetesVersion(1, minor))
            .Where(d => Rules.Contains(d.Id)).Select(d => d.Id).Distinct().Order();
        Assert.Equal(Rules, found);
    }

    [Fact]
    public Task A_custom_resource_that_borrows_a_built_in_kind_is_not_checked() => ApiRuleVerifier.VerifyEachAsync(
        [("manifest.yaml", WorkloadManifests.Wrap("Deployment", PodSpec).Replace("apiVersion: apps/v1", "apiVersion: example.com/v1", StringComparison.Ordinal))],
        new KubernetesVersion(1, 36),
        null,
        Analyzers);
}
