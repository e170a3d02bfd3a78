using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4006PrivilegedContainerTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_on_privileged_true(string kind) => RuleVerifier.Verify("KL4006", WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: sysctl
          image: busybox:1.36
          securityContext:
            privileged: [|true|]
        containers:
        - name: web
          image: nginx:1.27
          securityContext: {privileged: [|yes|]}
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_when_not_privileged(string kind) => RuleVerifier.Verify("KL4006", WorkloadManifests.Wrap(kind, """
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
