using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4030DuplicateContainerPortAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4030DuplicateContainerPortTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_a_port_declared_twice(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: app
          image: app:1
          ports:
          - {name: http, containerPort: 8080}
          - {name: alt, containerPort: {|#0:8080|}, protocol: TCP}
        - name: proxy
          image: proxy:1
          ports:
          - containerPort: [|8080|]
        """),
        Verify.Diagnostic().WithLocation(0).WithArguments(8080, "TCP", "app", LinesAbove(kind) + 5, ""));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_on_other_protocols_or_init_containers(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: warmup
          image: app:1
          ports:
          - containerPort: 8080
        containers:
        - name: dns
          image: dns:1
          ports:
          - {name: dns, containerPort: 53, protocol: UDP}
          - {name: dns-tcp, containerPort: 53, protocol: TCP}
        - name: app
          image: app:1
          ports:
          - containerPort: 8080
        """));

    /// <summary>The lines <see cref="WorkloadManifests.Wrap"/> puts above the pod spec of <paramref name="kind"/>.</summary>
    private static int LinesAbove(string kind) => WorkloadManifests.Wrap(kind, "x").Count(c => c == '\n') - 1;
}
