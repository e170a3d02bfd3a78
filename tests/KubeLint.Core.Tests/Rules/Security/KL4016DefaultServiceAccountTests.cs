using KubeLint.Core.Diagnostics;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Security.KL4016DefaultServiceAccountAnalyzer>;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4016DefaultServiceAccountTests
{
    private const string Enable = "rules:\n  KL4016: info\n";

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public Task Fires_at_the_pod_spec_without_an_account(string kind)
    {
        var (text, _) = Markup.Parse(WorkloadManifests.Wrap(kind, "containers: [{name: web, image: \"nginx:1.27\"}]"));
        var specLine = text.Split('\n').Select((l, i) => (l, i)).Last(x => x.l.TrimStart().StartsWith("spec:", StringComparison.Ordinal));
        var lines = text.Split('\n');
        var column = specLine.l.IndexOf("spec", StringComparison.Ordinal);
        lines[specLine.i] = specLine.l[..column] + "[|spec|]" + specLine.l[(column + 4)..];
        return Verify.VerifyAsync(new AnalyzerTest { Sources = { ("manifest.yaml", string.Join('\n', lines)) }, Configuration = Enable });
    }

    [Fact]
    public Task Fires_at_an_explicit_default() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", WorkloadManifests.Wrap("Deployment", """
            serviceAccountName: [|default|]
            containers: [{name: web, image: "nginx:1.27"}]
            """)) },
        Configuration = Enable,
    });

    [Fact]
    public Task Does_not_fire_with_an_own_account_or_without_the_token() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", WorkloadManifests.Wrap("Deployment", """
            serviceAccountName: web
            containers: [{name: web, image: "nginx:1.27"}]
            """) + "---\n" + WorkloadManifests.Wrap("Job", """
            automountServiceAccountToken: false
            containers: [{name: job, image: "busybox:1.36"}]
            """)) },
        Configuration = Enable,
    });

    [Fact]
    public Task Does_not_fire_when_the_default_account_opts_out() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("manifest.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\nautomountServiceAccountToken: false\n---\n" + WorkloadManifests.Wrap("Deployment", """
            containers: [{name: web, image: "nginx:1.27"}]
            """)) },
        Configuration = Enable,
    });

    [Fact]
    public async Task Is_off_by_default()
    {
        var manifest = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n{|#0:spec|}:\n  containers: [{name: web, image: \"nginx:1.27\"}]\n";
        Assert.DoesNotContain(EngineRun.LintText(Markup.Parse(manifest).Text), d => d.Id == "KL4016");
        var e = await Assert.ThrowsAsync<VerificationException>(() => Verify.VerifyAsync(manifest, Verify.Diagnostic().WithLocation(0)));
        Assert.Contains("KL4016 is off in this run (disabled by default)", e.Message, StringComparison.Ordinal);
        await Verify.VerifyAsync(new AnalyzerTest
        {
            Sources = { ("manifest.yaml", manifest) },
            Configuration = Enable,
            ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithMessage("The pod runs as the \"default\" service account with its API token mounted; give it its own service account, or set automountServiceAccountToken: false if it does not call the API") },
        });
    }
}
