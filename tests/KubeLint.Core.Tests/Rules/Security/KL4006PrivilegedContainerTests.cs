using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4006PrivilegedContainerAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4006PrivilegedContainerTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_privileged_true(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: sysctl
          image: busybox:1.36
          securityContext:
            privileged: {|#0:true|}
        containers:
        - name: web
          image: nginx:1.27
          securityContext: {privileged: [|yes|]}
        """),
        Verify.Diagnostic().WithLocation(0).WithMessage("Container \"sysctl\" is privileged; it has full access to its node, so an escape is one step away"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_when_not_privileged(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: web
          image: nginx:1.27
          securityContext:
            privileged: false
        - name: quoted
          image: nginx:1.27
          securityContext:
            privileged: "true-ish"
        """));
}
