using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4022NetRawNotDroppedAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4022NetRawNotDroppedTests
{
    private const string Enable = "rules:\n  KL4022: info\n";

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_when_net_raw_is_kept(string kind) => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", WorkloadManifests.Wrap(kind, """
            containers:
            - name: {|#0:web|}
              image: nginx:1.27
            - name: api
              image: api:1
              securityContext:
                capabilities:
                  [|drop|]: [SYS_ADMIN]
            """)) },
        Configuration = Enable,
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithMessage("Container \"web\" keeps the NET_RAW capability that runtimes grant by default; drop ALL (or NET_RAW) in securityContext.capabilities.drop") },
    });

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Does_not_fire_when_dropped(string kind) => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", WorkloadManifests.Wrap(kind, """
            containers:
            - name: web
              image: nginx:1.27
              securityContext:
                capabilities: {drop: [all]}
            - name: api
              image: api:1
              securityContext:
                capabilities: {drop: [NET_RAW]}
            """)) },
        Configuration = Enable,
    });

    [Fact]
    public async Task Is_off_by_default()
    {
        var manifest = WorkloadManifests.Wrap("Pod", """
            containers:
            - name: [|web|]
              image: nginx:1.27
            """);
        Assert.DoesNotContain(EngineRun.LintText(Markup.Parse(manifest).Text), d => d.Id == "KL4022");
        var e = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyAsync(manifest));
        Assert.Contains("KL4022 is off in this run (disabled by default)", e.Message, StringComparison.Ordinal);
        await Verify.VerifyAsync(new AnalyzerTest { Sources = { ("manifest.yaml", manifest) }, Configuration = Enable });
    }
}
