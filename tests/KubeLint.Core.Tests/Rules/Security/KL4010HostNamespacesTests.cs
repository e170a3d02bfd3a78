using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4010HostNamespacesAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4010HostNamespacesTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_each_shared_namespace(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        hostNetwork: {|#0:true|}
        hostPID: [|true|]
        hostIPC: [|true|]
        containers:
        - name: agent
          image: agent:1
        """),
        Verify.Diagnostic().WithLocation(0).WithMessage("hostNetwork: true lets the pod see and reach the network interfaces and local services of its node"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_when_false_or_absent(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        hostNetwork: false
        containers:
        - name: agent
          image: agent:1
        """));
}
