using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4022NetRawNotDroppedTests
{
    private const string Enable = "rules:\n  KL4022: info\n";

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_when_net_raw_is_kept(string kind) => RuleVerifier.Verify(
        ["KL4022"],
        [("manifest.yaml", WorkloadManifests.Wrap(kind, """
            containers:
            - name: [|web|]
              image: nginx:1.27
            - name: api
              image: api:1
              securityContext:
                capabilities:
                  [|drop|]: [SYS_ADMIN]
            """))],
        config: Enable);

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Does_not_fire_when_dropped(string kind) => RuleVerifier.Verify(
        ["KL4022"],
        [("manifest.yaml", WorkloadManifests.Wrap(kind, """
            containers:
            - name: web
              image: nginx:1.27
              securityContext:
                capabilities: {drop: [all]}
            - name: api
              image: api:1
              securityContext:
                capabilities: {drop: [NET_RAW]}
            """))],
        config: Enable);

    [Fact]
    public void Is_off_by_default() => RuleVerifier.Verify("KL4022", WorkloadManifests.Wrap("Pod", """
        containers:
        - name: web
          image: nginx:1.27
        """));
}
