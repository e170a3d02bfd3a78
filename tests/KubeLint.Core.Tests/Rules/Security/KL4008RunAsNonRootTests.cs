using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4008RunAsNonRootAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4008RunAsNonRootTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_when_root_is_possible_or_explicit(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: {|#0:web|}
          image: nginx:1.27
        - name: root
          image: api:1
          securityContext:
            runAsUser: [|0|]
        - name: opted-out
          image: worker:1
          securityContext:
            runAsNonRoot: [|false|]
        """),
        Verify.Diagnostic().WithLocation(0).WithMessage("Container \"web\" may run as root; set securityContext.runAsNonRoot: true (or a non-zero runAsUser)"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_when_the_pod_or_container_says_non_root(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
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
    public Task The_containers_setting_wins_over_the_pods() => Verify.VerifyAsync(WorkloadManifests.Wrap("Deployment", """
        securityContext:
          runAsUser: 1000
        containers:
        - name: web
          image: nginx:1.27
          securityContext:
            runAsUser: [|0|]
        """));

    [Fact]
    public Task Does_not_fire_on_windows_pods() => Verify.VerifyAsync(WorkloadManifests.Wrap("Deployment", """
        os: {name: windows}
        containers:
        - name: web
          image: mcr.microsoft.com/windows/servercore:ltsc2022
        """));
}
