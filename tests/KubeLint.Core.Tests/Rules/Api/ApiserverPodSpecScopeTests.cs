using KubeLint.Core.Analysis;
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
    // Marked where each rule reports it in a Deployment.
    private const string PodSpec = """
        containers:
        - name: {|KL1011:{|KL1012:App|}|}
          ports: [{name: {|KL1012:metrics-endpoint-x|}, containerPort: 9090}]
          resources:
            requests: {cpu: {|KL1017:"2"|}}
            limits: {cpu: "1"}
          livenessProbe: {successThreshold: {|KL1014:3|}, exec: {command: [a]}, {|KL1015:tcpSocket|}: {port: 80}}
          volumeMounts:
          - {name: data, mountPath: /data, subPath: {|KL1013:../etc|}}
          - {name: data, mountPath: {|KL1016:/data|}}
        volumes:
        - {name: data, emptyDir: {}}
        - {name: {|KL1016:data|}, emptyDir: {}}
        """;

    private static readonly string PlainPodSpec = Markup.Parse(PodSpec).Text;

    private static KubeAnalyzer[] OtherAnalyzers =>
    [
        new KL1012InvalidNameOrKeyAnalyzer(), new KL1013InvalidValueAnalyzer(), new KL1014ValueOutOfRangeAnalyzer(),
        new KL1015MutuallyExclusiveFieldsAnalyzer(), new KL1016DuplicateEntryAnalyzer(),
        new KL1017InconsistentFieldsAnalyzer(),
    ];

    [Theory]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(22)]
    [InlineData(36)]
    public Task A_statefulsets_pod_spec_is_not_checked_as_the_apiserver_does_not(int minor) =>
        ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyWithAsync([("manifest.yaml", WorkloadManifests.Wrap("StatefulSet", PlainPodSpec))], new KubernetesVersion(1, minor), null, OtherAnalyzers);

    [Theory]
    [InlineData(9)]
    [InlineData(36)]
    public Task The_same_pod_spec_in_a_deployment_is(int minor) =>
        ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyWithAsync([("manifest.yaml", WorkloadManifests.Wrap("Deployment", PodSpec))], new KubernetesVersion(1, minor), null, OtherAnalyzers);

    [Fact]
    public Task A_custom_resource_that_borrows_a_built_in_kind_is_not_checked() => ApiRuleVerifier<KL1011RequiredByApiserverAnalyzer>.VerifyWithAsync(
        [("manifest.yaml", WorkloadManifests.Wrap("Deployment", PlainPodSpec).Replace("apiVersion: apps/v1", "apiVersion: example.com/v1", StringComparison.Ordinal))],
        new KubernetesVersion(1, 36),
        null,
        OtherAnalyzers);
}
