using KubeLint.Core.Model;
using KubeLint.Testing;
using Fix = KubeLint.Testing.CodeFixVerifier<KubeLint.Core.Rules.Api.KL1009DeprecatedAnnotationAnalyzer, KubeLint.Core.Rules.Api.KL1009DeprecatedAnnotationFixProvider>;

namespace KubeLint.Core.Tests.Testing;

public class CodeFixVerifierTests
{
    private const string Before = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: dns
          namespace: kube-system
          annotations:
            [|scheduler.alpha.kubernetes.io/critical-pod|]: ''
        spec:
          containers:
          - name: dns
            image: dns:1
        """;

    private const string After = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: dns
          namespace: kube-system
        spec:
          priorityClassName: system-cluster-critical
          containers:
          - name: dns
            image: dns:1
        """;

    private static AnalyzerTest At116(string markup) => new() { Sources = { ("manifest.yaml", markup) }, TargetVersion = new KubernetesVersion(1, 16) };

    [Fact]
    public Task Passes_on_the_fixed_text() => Fix.VerifyFixAsync(At116(Before), [("manifest.yaml", After)]);

    [Fact]
    public async Task Throws_on_another_fixed_text()
    {
        var e = await Assert.ThrowsAsync<VerificationException>(() => Fix.VerifyFixAsync(At116(Before), [("manifest.yaml", After.Replace("system-cluster-critical", "system-node-critical"))]));
        Assert.StartsWith("manifest.yaml after the fix differs from the expected text from line 7:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throws_when_the_findings_before_differ() =>
        await Assert.ThrowsAsync<VerificationException>(() => Fix.VerifyFixAsync(At116(Before.Replace("[|", "").Replace("|]", "")), [("manifest.yaml", After)]));
}
