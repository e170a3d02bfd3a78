using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4007PrivilegeEscalationAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4007PrivilegeEscalationTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_when_not_false(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: {|#0:web|}
          image: nginx:1.27
        - name: api
          image: api:1
          [|securityContext|]:
            runAsNonRoot: true
        - name: worker
          image: worker:1
          securityContext:
            allowPrivilegeEscalation: [|true|]
        """),
        Verify.Diagnostic().WithLocation(0).WithMessage("Container \"web\" does not forbid privilege escalation; set securityContext.allowPrivilegeEscalation: false"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_when_false(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
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
