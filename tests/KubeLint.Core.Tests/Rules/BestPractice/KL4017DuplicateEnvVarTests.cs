using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4017DuplicateEnvVarAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4017DuplicateEnvVarTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_at_the_second_definition(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: app
          image: app:1
          env:
          - name: LOG_LEVEL
            value: info
          - name: PORT
            value: "80"
          - name: {|#0:LOG_LEVEL|}
            value: debug
        """),
        Verify.Diagnostic().WithLocation(0).WithArguments("LOG_LEVEL", "app", LinesAbove(kind) + 5));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_across_containers(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: app
          image: app:1
          env: [{name: PORT, value: "80"}]
        - name: sidecar
          image: proxy:1
          env: [{name: PORT, value: "81"}]
        """));

    /// <summary>The lines <see cref="WorkloadManifests.Wrap"/> puts above the pod spec of <paramref name="kind"/>.</summary>
    private static int LinesAbove(string kind) => WorkloadManifests.Wrap(kind, "x").Count(c => c == '\n') - 1;
}
