using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4026WritableHostPathMountAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4026WritableHostPathMountTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_writable_mounts_of_host_paths(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: setup
          image: busybox:1.36
          volumeMounts:
          - {name: {|#0:logs|}, mountPath: /logs}
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
        """),
        Verify.Diagnostic().WithLocation(0).WithMessage("Container \"setup\" mounts hostPath volume \"logs\" (/var/log) writable; add readOnly: true unless it must write to the node"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_without_host_paths(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
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
