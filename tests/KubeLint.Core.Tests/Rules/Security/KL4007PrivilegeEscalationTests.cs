using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4007PrivilegeEscalationTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_when_not_false(string kind) => RuleVerifier.Verify("KL4007", WorkloadManifests.Wrap(kind, """
        containers:
        - name: [|web|]
          image: nginx:1.27
        - name: api
          image: api:1
          [|securityContext|]:
            runAsNonRoot: true
        - name: worker
          image: worker:1
          securityContext:
            allowPrivilegeEscalation: [|true|]
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_when_false(string kind) => RuleVerifier.Verify("KL4007", WorkloadManifests.Wrap(kind, """
        containers:
        - name: web
          image: nginx:1.27
          securityContext:
            allowPrivilegeEscalation: false
        ephemeralContainers:
        - name: debugger
          image: busybox:1.36
        """));
}
