using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4002MissingResourceRequestsTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_where_the_requests_belong(string kind) => RuleVerifier.Verify("KL4002", WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: [|migrate|]
          image: app:1
        containers:
        - name: web
          image: nginx:1.27
          [|resources|]:
            limits:
              cpu: 500m
        - name: api
          image: api:1
          resources:
            [|requests|]:
              memory: 64Mi
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_when_requests_or_limits_cover_both(string kind) => RuleVerifier.Verify("KL4002", WorkloadManifests.Wrap(kind, """
        containers:
        - name: web
          image: nginx:1.27
          resources:
            requests:
              cpu: 100m
              memory: 64Mi
        - name: limited
          image: api:1
          resources:
            limits:
              cpu: 100m
              memory: 64Mi
        ephemeralContainers:
        - name: debugger
          image: busybox:1.36
        """));
}
