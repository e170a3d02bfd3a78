using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.BestPractice;

public class KL4030DuplicateContainerPortTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_on_a_port_declared_twice(string kind) => RuleVerifier.Verify("KL4030", WorkloadManifests.Wrap(kind, """
        containers:
        - name: app
          image: app:1
          ports:
          - {name: http, containerPort: 8080}
          - {name: alt, containerPort: [|8080|], protocol: TCP}
        - name: proxy
          image: proxy:1
          ports:
          - containerPort: [|8080|]
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_on_other_protocols_or_init_containers(string kind) => RuleVerifier.Verify("KL4030", WorkloadManifests.Wrap(kind, """
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
}
