using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4005MissingLivenessProbeTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.LongRunningKinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_on_long_running_containers(string kind) => RuleVerifier.Verify("KL4005", WorkloadManifests.Wrap(kind, """
        containers:
        - name: [|web|]
          image: nginx:1.27
          readinessProbe:
            httpGet: {path: /, port: 80}
        - name: api
          image: api:1
          livenessProbe:
            httpGet: {path: /healthz, port: 8080}
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.RunToCompletionKinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_on_jobs(string kind) => RuleVerifier.Verify("KL4005", WorkloadManifests.Wrap(kind, """
        restartPolicy: Never
        containers:
        - name: batch
          image: batch:1
        """));

    [Fact]
    public void Ignored_containers_are_not_reported() => RuleVerifier.Verify(
        ["KL4005"],
        [("manifest.yaml", WorkloadManifests.Wrap("Deployment", """
            containers:
            - name: web
              image: nginx:1.27
            - name: [|api|]
              image: api:1
            """))],
        config: "rules:\n  KL4005:\n    ignoredContainers: web\n");
}
