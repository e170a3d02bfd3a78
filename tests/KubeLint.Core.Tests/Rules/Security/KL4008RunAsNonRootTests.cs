using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4008RunAsNonRootTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_when_root_is_possible_or_explicit(string kind) => RuleVerifier.Verify("KL4008", WorkloadManifests.Wrap(kind, """
        containers:
        - name: [|web|]
          image: nginx:1.27
        - name: root
          image: api:1
          securityContext:
            runAsUser: [|0|]
        - name: opted-out
          image: worker:1
          securityContext:
            runAsNonRoot: [|false|]
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_when_the_pod_or_container_says_non_root(string kind) => RuleVerifier.Verify("KL4008", WorkloadManifests.Wrap(kind, """
        securityContext:
          runAsNonRoot: true
        containers:
        - name: web
          image: nginx:1.27
        - name: user
          image: api:1
          securityContext:
            runAsUser: 1000
        """));

    [Fact]
    public void The_containers_setting_wins_over_the_pods() => RuleVerifier.Verify("KL4008", WorkloadManifests.Wrap("Deployment", """
        securityContext:
          runAsUser: 1000
        containers:
        - name: web
          image: nginx:1.27
          securityContext:
            runAsUser: [|0|]
        """));

    [Fact]
    public void Does_not_fire_on_windows_pods() => RuleVerifier.Verify("KL4008", WorkloadManifests.Wrap("Deployment", """
        os: {name: windows}
        containers:
        - name: web
          image: mcr.microsoft.com/windows/servercore:ltsc2022
        """));
}
