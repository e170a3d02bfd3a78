using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4024SshPortTests
{
    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_on_tcp_port_22(string kind) => RuleVerifier.Verify("KL4024", WorkloadManifests.Wrap(kind, """
        containers:
        - name: git
          image: git-server:2
          ports:
          - containerPort: [|22|]
          - {name: ssh, containerPort: [|22|], protocol: TCP}
        """));

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_on_other_ports(string kind) => RuleVerifier.Verify("KL4024", WorkloadManifests.Wrap(kind, """
        containers:
        - name: web
          image: nginx:1.27
          ports:
          - containerPort: 2222
          - {containerPort: 22, protocol: UDP}
        """));
}
