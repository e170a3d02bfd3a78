using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4012DangerousCapabilitiesTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_on_each_dangerous_capability(string kind) => RuleVerifier.Verify("KL4012", WorkloadManifests.Wrap(kind, """
        containers:
        - name: agent
          image: agent:1
          securityContext:
            capabilities:
              drop: [ALL]
              add: [[|SYS_ADMIN|], NET_BIND_SERVICE, [|CAP_NET_RAW|]]
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_on_harmless_capabilities(string kind) => RuleVerifier.Verify("KL4012", WorkloadManifests.Wrap(kind, """
        containers:
        - name: web
          image: nginx:1.27
          securityContext:
            capabilities:
              drop: [SYS_ADMIN, NET_RAW]
              add: [NET_BIND_SERVICE, CHOWN]
        """));

    [Fact]
    public void Allowed_capabilities_are_not_reported() => RuleVerifier.Verify(
        ["KL4012"],
        [("manifest.yaml", WorkloadManifests.Wrap("DaemonSet", """
            containers:
            - name: cni
              image: cni:1
              securityContext:
                capabilities:
                  add: [NET_ADMIN, [|SYS_ADMIN|]]
            """))],
        config: "rules:\n  KL4012:\n    allowedCapabilities: [net_admin]\n");
}
