using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4011SensitiveHostPathTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_on_sensitive_paths(string kind) => RuleVerifier.Verify("KL4011", WorkloadManifests.Wrap(kind, """
        containers:
        - name: agent
          image: agent:1
        volumes:
        - name: docker
          hostPath:
            path: [|/var/run/docker.sock|]
        - name: root
          hostPath: {path: [|/|]}
        - name: etc
          hostPath:
            path: [|/etc/|]
            type: Directory
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_on_ordinary_paths(string kind) => RuleVerifier.Verify("KL4011", WorkloadManifests.Wrap(kind, """
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
    public void Paths_can_be_added_and_allowed() => RuleVerifier.Verify(
        ["KL4011"],
        [("manifest.yaml", WorkloadManifests.Wrap("DaemonSet", """
            containers:
            - name: agent
              image: agent:1
            volumes:
            - name: logs
              hostPath: {path: [|/var/log|]}
            - name: proc
              hostPath: {path: /proc}
            """))],
        config: """
            rules:
              KL4011:
                additionalPaths: [/var/log]
                allowedPaths: [/proc]
            """);
}
