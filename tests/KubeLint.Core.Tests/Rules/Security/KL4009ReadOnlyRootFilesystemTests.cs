using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4009ReadOnlyRootFilesystemAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4009ReadOnlyRootFilesystemTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_when_not_true(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: {|#0:init|}
          image: busybox:1.36
        containers:
        - name: web
          image: nginx:1.27
          securityContext:
            readOnlyRootFilesystem: [|false|]
        """),
        Verify.Diagnostic().WithLocation(0).WithMessage("Container \"init\" has a writable root filesystem; set securityContext.readOnlyRootFilesystem: true and mount volumes where it writes"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_when_true(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: web
          image: nginx:1.27
          securityContext:
            readOnlyRootFilesystem: true
        """));
}
