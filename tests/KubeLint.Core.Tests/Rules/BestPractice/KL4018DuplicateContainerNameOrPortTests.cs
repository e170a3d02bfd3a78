using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.BestPractice.KL4018DuplicateContainerNameOrPortAnalyzer>;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4018DuplicateContainerNameOrPortTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_repeated_container_and_port_names(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: app
          image: init:1
        containers:
        - name: {|#0:app|}
          image: app:1
          ports:
          - {name: http, containerPort: 80}
          - {name: [|http|], containerPort: 8080}
        """),
        Verify.Diagnostic().WithLocation(0).WithArguments("Container name", "app", "", LinesAbove(kind) + 2));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_on_distinct_names(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: app
          image: app:1
          ports:
          - {name: dns, containerPort: 53, protocol: UDP}
          - {name: dns-tcp, containerPort: 53, protocol: TCP}
        - name: sidecar
          image: proxy:1
          ports:
          - {name: http, containerPort: 8080}
        """));

    /// <summary>The lines <see cref="WorkloadManifests.Wrap"/> puts above the pod spec of <paramref name="kind"/>.</summary>
    private static int LinesAbove(string kind) => WorkloadManifests.Wrap(kind, "x").Count(c => c == '\n') - 1;
}
