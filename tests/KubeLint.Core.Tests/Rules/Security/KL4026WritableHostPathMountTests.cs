using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4026WritableHostPathMountTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_on_writable_mounts_of_host_paths(string kind) => RuleVerifier.Verify("KL4026", WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: setup
          image: busybox:1.36
          volumeMounts:
          - {name: [|logs|], mountPath: /logs}
        containers:
        - name: agent
          image: agent:1
          volumeMounts:
          - name: [|logs|]
            mountPath: /var/log
            readOnly: false
          - name: certs
            mountPath: /certs
            readOnly: true
          - name: cache
            mountPath: /cache
        volumes:
        - name: logs
          hostPath: {path: /var/log}
        - name: certs
          hostPath: {path: /etc/ssl/certs}
        - name: cache
          emptyDir: {}
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_without_host_paths(string kind) => RuleVerifier.Verify("KL4026", WorkloadManifests.Wrap(kind, """
        containers:
        - name: agent
          image: agent:1
          volumeMounts:
          - {name: cache, mountPath: /cache}
        volumes:
        - name: cache
          emptyDir: {}
        """));
}
