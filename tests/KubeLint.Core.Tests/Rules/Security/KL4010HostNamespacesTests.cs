using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4010HostNamespacesTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_on_each_shared_namespace(string kind) => RuleVerifier.Verify("KL4010", WorkloadManifests.Wrap(kind, """
        hostNetwork: [|true|]
        hostPID: [|true|]
        hostIPC: [|true|]
        containers:
        - name: agent
          image: agent:1
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_when_false_or_absent(string kind) => RuleVerifier.Verify("KL4010", WorkloadManifests.Wrap(kind, """
        hostNetwork: false
        containers:
        - name: agent
          image: agent:1
        """));
}
