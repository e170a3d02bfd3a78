using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4018DuplicateContainerNameOrPortTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_on_repeated_container_and_port_names(string kind) => RuleVerifier.Verify("KL4018", WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: app
          image: init:1
        containers:
        - name: [|app|]
          image: app:1
          ports:
          - {name: http, containerPort: 80}
          - {name: [|http|], containerPort: 8080}
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_on_distinct_names(string kind) => RuleVerifier.Verify("KL4018", WorkloadManifests.Wrap(kind, """
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
}
