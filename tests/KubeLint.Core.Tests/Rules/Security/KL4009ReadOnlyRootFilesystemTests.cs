using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4009ReadOnlyRootFilesystemTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_when_not_true(string kind) => RuleVerifier.Verify("KL4009", WorkloadManifests.Wrap(kind, """
        initContainers:
        - name: [|init|]
          image: busybox:1.36
        containers:
        - name: web
          image: nginx:1.27
          securityContext:
            readOnlyRootFilesystem: [|false|]
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_when_true(string kind) => RuleVerifier.Verify("KL4009", WorkloadManifests.Wrap(kind, """
        containers:
        - name: web
          image: nginx:1.27
          securityContext:
            readOnlyRootFilesystem: true
        """));
}
