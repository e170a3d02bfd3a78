using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4025UnsafeSysctlTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_on_sysctls_outside_the_safe_set(string kind) => RuleVerifier.Verify("KL4025", WorkloadManifests.Wrap(kind, """
        securityContext:
          sysctls:
          - {name: [|net.core.somaxconn|], value: "1024"}
          - {name: [|kernel/msgmax|], value: "65536"}
          - {name: net.ipv4.tcp_syncookies, value: "1"}
          - {name: net/ipv4/ip_local_port_range, value: "1024 65535"}
        containers:
        - name: web
          image: nginx:1.27
        """));

    [Fact]
    public void The_safe_set_follows_the_target_version() => RuleVerifier.Verify(
        "KL4025",
        WorkloadManifests.Wrap("Deployment", """
            securityContext:
              sysctls:
              - {name: [|net.ipv4.tcp_keepalive_time|], value: "600"}
              - {name: net.ipv4.ping_group_range, value: "0 2147483647"}
            containers:
            - name: web
              image: nginx:1.27
            """),
        new KubernetesVersion(1, 28));

    [Fact]
    public void Allowed_sysctls_are_not_reported() => RuleVerifier.Verify(
        ["KL4025"],
        [("manifest.yaml", WorkloadManifests.Wrap("Deployment", """
            securityContext:
              sysctls:
              - {name: net.core.somaxconn, value: "1024"}
              - {name: kernel.msgmax, value: "65536"}
            containers:
            - name: web
              image: nginx:1.27
            """))],
        config: "rules:\n  KL4025:\n    allowedSysctls: [net.core.somaxconn, kernel.msg*]\n");
}
