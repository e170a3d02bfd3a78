using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4024SshPortAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4024SshPortTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_on_tcp_port_22(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: git
          image: git-server:2
          ports:
          - containerPort: {|#0:22|}
          - {name: ssh, containerPort: [|22|], protocol: TCP}
        """),
        Verify.Diagnostic().WithLocation(0).WithMessage("Container \"git\" declares port 22 (SSH); use kubectl exec for access instead of an SSH server in the pod"));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_on_other_ports(string kind) => Verify.VerifyAsync(WorkloadManifests.Wrap(kind, """
        containers:
        - name: web
          image: nginx:1.27
          ports:
          - containerPort: 2222
          - {containerPort: 22, protocol: UDP}
        """));
}
