using KubeLint.Core.Diagnostics;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4003MissingMemoryLimitAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4003MissingMemoryLimitTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_where_the_limit_belongs(string kind) => Verify.VerifyAsync(
        WorkloadManifests.Wrap(kind, """
            containers:
            - name: {|#0:web|}
              image: nginx:1.27
            - name: api
              image: api:1
              resources:
                {|#1:limits|}:
                  cpu: 500m
            """),
        Verify.Diagnostic(KL4003MissingMemoryLimitAnalyzer.Rule).WithLocation(0).WithArguments("web").WithSeverity(DiagnosticSeverity.Info),
        Verify.Diagnostic().WithLocation(1).WithMessage("Container \"api\" has no memory limit; a leak can exhaust its node's memory"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_with_a_memory_limit(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
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
