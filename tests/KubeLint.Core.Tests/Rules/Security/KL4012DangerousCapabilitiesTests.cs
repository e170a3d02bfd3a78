using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4012DangerousCapabilitiesAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4012DangerousCapabilitiesTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_each_dangerous_capability(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: agent
          image: agent:1
          securityContext:
            capabilities:
              drop: [ALL]
              add: [{|#0:SYS_ADMIN|}, NET_BIND_SERVICE, [|CAP_NET_RAW|]]
        """),
        Verify.Diagnostic().WithLocation(0).WithMessage("Container \"agent\" adds capability SYS_ADMIN, which allows mounts, namespaces and most container escapes"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_on_harmless_capabilities(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: web
          image: nginx:1.27
          securityContext:
            capabilities:
              drop: [SYS_ADMIN, NET_RAW]
              add: [NET_BIND_SERVICE, CHOWN]
        """));

    [Fact]
    public Task Allowed_capabilities_are_not_reported() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", WorkloadManifests.Wrap("DaemonSet", """
            containers:
            - name: cni
              image: cni:1
              securityContext:
                capabilities:
                  add: [NET_ADMIN, [|SYS_ADMIN|]]
            """)) },
        Configuration = "rules:\n  KL4012:\n    allowedCapabilities: [net_admin]\n",
    });
}
