using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4025UnsafeSysctlAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4025UnsafeSysctlTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_sysctls_outside_the_safe_set(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        securityContext:
          sysctls:
          - {name: {|#0:net.core.somaxconn|}, value: "1024"}
          - {name: [|kernel/msgmax|], value: "65536"}
          - {name: net.ipv4.tcp_syncookies, value: "1"}
          - {name: net/ipv4/ip_local_port_range, value: "1024 65535"}
        containers:
        - name: web
          image: nginx:1.27
        """),
        Verify.Diagnostic().WithLocation(0).WithArguments("net.core.somaxconn", KubernetesVersion.Newest));

    [Fact]
    public Task The_safe_set_follows_the_target_version() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("manifest.yaml", WorkloadManifests.Wrap("Deployment", """
            securityContext:
              sysctls:
              - {name: [|net.ipv4.tcp_keepalive_time|], value: "600"}
              - {name: net.ipv4.ping_group_range, value: "0 2147483647"}
            containers:
            - name: web
              image: nginx:1.27
            """)),
        },
        TargetVersion = new KubernetesVersion(1, 28),
    });

    [Fact]
    public Task Allowed_sysctls_are_not_reported() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", WorkloadManifests.Wrap("Deployment", """
            securityContext:
              sysctls:
              - {name: net.core.somaxconn, value: "1024"}
              - {name: kernel.msgmax, value: "65536"}
            containers:
            - name: web
              image: nginx:1.27
            """)) },
        Configuration = "rules:\n  KL4025:\n    allowedSysctls: [net.core.somaxconn, kernel.msg*]\n",
    });
}
