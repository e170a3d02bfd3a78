using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4011SensitiveHostPathAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4011SensitiveHostPathTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_sensitive_paths(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: agent
          image: agent:1
        volumes:
        - name: docker
          hostPath:
            path: {|#0:/var/run/docker.sock|}
        - name: root
          hostPath: {path: [|/|]}
        - name: etc
          hostPath:
            path: [|/etc/|]
            type: Directory
        """),
        Verify.Diagnostic().WithLocation(0).WithMessage("Volume \"docker\" mounts the node's container runtime socket /var/run/docker.sock; whoever talks to it controls every container of the node"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_on_ordinary_paths(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: agent
          image: agent:1
        volumes:
        - name: logs
          hostPath: {path: /var/log}
        - name: certs
          hostPath: {path: /etc/ssl/certs}
        - name: data
          emptyDir: {}
        """));

    [Fact]
    public Task Paths_can_be_added_and_allowed() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", WorkloadManifests.Wrap("DaemonSet", """
            containers:
            - name: agent
              image: agent:1
            volumes:
            - name: logs
              hostPath: {path: [|/var/log|]}
            - name: proc
              hostPath: {path: /proc}
            """)) },
        Configuration = """
            rules:
              KL4011:
                additionalPaths: [/var/log]
                allowedPaths: [/proc]
            """,
    });
}
