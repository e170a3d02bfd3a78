using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Security;

public class KL4016DefaultServiceAccountTests
{
    private const string Enable = "rules:\n  KL4016: info\n";

    [Theory]
    [MemberData(nameof(WorkloadManifests.Kinds), MemberType = typeof(WorkloadManifests))]
    public void Fires_at_the_pod_spec_without_an_account(string kind)
    {
        var (text, _) = Markup.Parse(WorkloadManifests.Wrap(kind, "containers: [{name: web, image: \"nginx:1.27\"}]"));
        var specLine = text.Split('\n').Select((l, i) => (l, i)).Last(x => x.l.TrimStart().StartsWith("spec:", StringComparison.Ordinal));
        var lines = text.Split('\n');
        var column = specLine.l.IndexOf("spec", StringComparison.Ordinal);
        lines[specLine.i] = specLine.l[..column] + "[|spec|]" + specLine.l[(column + 4)..];
        RuleVerifier.Verify(["KL4016"], [("manifest.yaml", string.Join('\n', lines))], config: Enable);
    }

    [Fact]
    public void Fires_at_an_explicit_default() => RuleVerifier.Verify(
        ["KL4016"],
        [("manifest.yaml", WorkloadManifests.Wrap("Deployment", """
            serviceAccountName: [|default|]
            containers: [{name: web, image: "nginx:1.27"}]
            """))],
        config: Enable);

    [Fact]
    public void Does_not_fire_with_an_own_account_or_without_the_token() => RuleVerifier.Verify(
        ["KL4016"],
        [("manifest.yaml", WorkloadManifests.Wrap("Deployment", """
            serviceAccountName: web
            containers: [{name: web, image: "nginx:1.27"}]
            """) + "---\n" + WorkloadManifests.Wrap("Job", """
            automountServiceAccountToken: false
            containers: [{name: job, image: "busybox:1.36"}]
            """))],
        config: Enable);

    [Fact]
    public void Does_not_fire_when_the_default_account_opts_out() => RuleVerifier.Verify(
        ["KL4016"],
        [("manifest.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\nautomountServiceAccountToken: false\n---\n" + WorkloadManifests.Wrap("Deployment", """
            containers: [{name: web, image: "nginx:1.27"}]
            """))],
        config: Enable);

    [Fact]
    public void Is_off_by_default() => RuleVerifier.Verify("KL4016", WorkloadManifests.Wrap("Pod", "containers: [{name: web, image: \"nginx:1.27\"}]"));
}
