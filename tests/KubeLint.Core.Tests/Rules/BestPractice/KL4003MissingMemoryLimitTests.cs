using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4003MissingMemoryLimitTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_where_the_limit_belongs(string kind) => RuleVerifier.Verify("KL4003", WorkloadManifests.Wrap(kind, """
        containers:
        - name: [|web|]
          image: nginx:1.27
        - name: api
          image: api:1
          resources:
            [|limits|]:
              cpu: 500m
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_with_a_memory_limit(string kind) => RuleVerifier.Verify("KL4003", WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: init
          image: busybox:1.36
          resources:
            limits: {memory: 32Mi}
        containers:
        - name: web
          image: nginx:1.27
          resources:
            limits:
              memory: 128Mi
        """));
}
