using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4004MissingReadinessProbeAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4004MissingReadinessProbeTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.LongRunningKinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_long_running_containers_and_sidecars(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: setup
          image: busybox:1.36
        - name: {|#0:log-shipper|}
          image: fluent-bit:3.0
          restartPolicy: Always
        containers:
        - name: [|web|]
          image: nginx:1.27
          livenessProbe:
            tcpSocket: {port: 80}
        """),
        Verify.Diagnostic().WithLocation(0).WithMessage("Container \"log-shipper\" has no readiness probe; Services send it traffic before it is ready, and rollouts cannot tell a broken version"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.RunToCompletionKinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_on_jobs(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        restartPolicy: OnFailure
        containers:
        - name: batch
          image: batch:1
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.LongRunningKinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_with_a_readiness_probe(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: web
          image: nginx:1.27
          readinessProbe:
            httpGet: {path: /, port: 80}
        """));

    [Fact]
    public Task Does_not_fire_on_a_pod_that_never_restarts() => Verify.VerifyAsync(WorkloadManifests.Wrap("Pod", """
        restartPolicy: Never
        containers:
        - name: once
          image: busybox:1.36
        """));
}
