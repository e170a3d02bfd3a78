using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4002MissingResourceRequestsAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4002MissingResourceRequestsTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_where_the_requests_belong(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: {|#0:migrate|}
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
        """),
        Verify.Diagnostic().WithLocation(0).WithMessage("Container \"migrate\" has no CPU or memory request; the scheduler cannot place it by what it needs"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_when_requests_or_limits_cover_both(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
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
