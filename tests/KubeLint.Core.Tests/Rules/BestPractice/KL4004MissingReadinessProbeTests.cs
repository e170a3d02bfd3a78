using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4004MissingReadinessProbeTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.LongRunningKinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_on_long_running_containers_and_sidecars(string kind) => RuleVerifier.Verify("KL4004", WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: setup
          image: busybox:1.36
        - name: [|log-shipper|]
          image: fluent-bit:3.0
          restartPolicy: Always
        containers:
        - name: [|web|]
          image: nginx:1.27
          livenessProbe:
            tcpSocket: {port: 80}
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.RunToCompletionKinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_on_jobs(string kind) => RuleVerifier.Verify("KL4004", WorkloadManifests.Wrap(kind, """
        restartPolicy: OnFailure
        containers:
        - name: batch
          image: batch:1
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.LongRunningKinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_with_a_readiness_probe(string kind) => RuleVerifier.Verify("KL4004", WorkloadManifests.Wrap(kind, """
        containers:
        - name: web
          image: nginx:1.27
          readinessProbe:
            httpGet: {path: /, port: 80}
        """));

    [Fact]
    public void Does_not_fire_on_a_pod_that_never_restarts() => RuleVerifier.Verify("KL4004", WorkloadManifests.Wrap("Pod", """
        restartPolicy: Never
        containers:
        - name: once
          image: busybox:1.36
        """));
}
