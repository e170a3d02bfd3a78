using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4005MissingLivenessProbeAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4005MissingLivenessProbeTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.LongRunningKinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_long_running_containers(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: {|#0:web|}
          image: nginx:1.27
          readinessProbe:
            httpGet: {path: /, port: 80}
        - name: api
          image: api:1
          livenessProbe:
            httpGet: {path: /healthz, port: 8080}
        """),
        Verify.Diagnostic().WithLocation(0).WithMessage("Container \"web\" has no liveness probe; if it hangs without exiting, nothing restarts it"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.RunToCompletionKinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_on_jobs(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        restartPolicy: Never
        containers:
        - name: batch
          image: batch:1
        """));

    [Fact]
    public Task Ignored_containers_are_not_reported() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", WorkloadManifests.Wrap("Deployment", """
            containers:
            - name: web
              image: nginx:1.27
            - name: [|api|]
              image: api:1
            """)) },
        Configuration = "rules:\n  KL4005:\n    ignoredContainers: web\n",
    });
}
