using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4017DuplicateEnvVarTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_at_the_second_definition(string kind) => RuleVerifier.Verify("KL4017", WorkloadManifests.Wrap(kind, """
        containers:
        - name: app
          image: app:1
          env:
          - name: LOG_LEVEL
            value: info
          - name: PORT
            value: "80"
          - name: [|LOG_LEVEL|]
            value: debug
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_across_containers(string kind) => RuleVerifier.Verify("KL4017", WorkloadManifests.Wrap(kind, """
        containers:
        - name: app
          image: app:1
          env: [{name: PORT, value: "80"}]
        - name: sidecar
          image: proxy:1
          env: [{name: PORT, value: "81"}]
        """));
}
