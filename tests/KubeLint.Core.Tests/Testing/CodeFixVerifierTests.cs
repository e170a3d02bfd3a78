using System.Collections.Immutable;
using KubeLint.Core.Fixes;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.Api;
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

    [Fact]
    public Task Passes_when_the_fix_keeps_the_file_s_crlf_and_bom() =>
        Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", Before) }, TargetVersion = new KubernetesVersion(1, 16), NewLine = "\r\n", Utf8Bom = true }, [("manifest.yaml", After)]);

    private const string Renamed = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: dns
          namespace: kube-system
          annotations:
            example.com/a: x
            example.com/b: ''
        spec:
          containers:
          - name: dns
            image: dns:1
        """;

    private static AnalyzerTest Crlf() => new() { Sources = { ("manifest.yaml", Before) }, TargetVersion = new KubernetesVersion(1, 16), NewLine = "\r\n" };

    [Fact]
    public Task Passes_a_fix_that_breaks_its_lines_as_the_file_does() =>
        CodeFixVerifier<KL1009DeprecatedAnnotationAnalyzer, FileLineBreaks>.VerifyFixAsync(Crlf(), [("manifest.yaml", Renamed)]);

    [Fact]
    public async Task Throws_when_a_fix_writes_lf_into_a_crlf_file()
    {
        var e = await Assert.ThrowsAsync<VerificationException>(() => CodeFixVerifier<KL1009DeprecatedAnnotationAnalyzer, LfLineBreaks>.VerifyFixAsync(Crlf(), [("manifest.yaml", Renamed)]));
        Assert.Equal("manifest.yaml after the fix differs from the expected text only in its line breaks: line 7 ends with LF, not CRLF.", e.Message);
    }

    [Fact]
    public async Task Throws_on_a_line_ending_it_does_not_know() =>
        Assert.Equal(
            "AnalyzerTest.NewLine is \"\\n\" or \"\\r\\n\", not \\u000D.",
            (await Assert.ThrowsAsync<VerificationException>(() => Fix.VerifyFixAsync(new AnalyzerTest { Sources = { ("manifest.yaml", Before) }, NewLine = "\r" }, [("manifest.yaml", After)]))).Message);

    [Fact]
    public void Names_a_lost_or_added_byte_order_mark()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF, (byte)'a'];
        byte[] plain = [(byte)'a'];
        Assert.Equal("f.yaml after the fix lost the file's UTF-8 byte order mark.", SourceEncoding.Difference("f.yaml", bom, plain));
        Assert.Equal("f.yaml after the fix starts with a UTF-8 byte order mark the file did not have.", SourceEncoding.Difference("f.yaml", plain, bom));
        Assert.Null(SourceEncoding.Difference("f.yaml", bom, [.. bom]));
    }

    /// <summary>Renames the critical-pod annotation into two annotations, breaking the line with <see cref="LineBreak"/>.</summary>
    private abstract class TwoAnnotations : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => [KL1009DeprecatedAnnotationAnalyzer.Rule.Id];

        public override IEnumerable<CodeFix> GetFixes(FixContext context) =>
            [new CodeFix("rename", "test.rename", [context.Edit(context.Diagnostic.Location.Span, $"example.com/a: x{LineBreak(context)}    example.com/b")])];

        protected abstract string LineBreak(FixContext context);
    }

    private sealed class FileLineBreaks : TwoAnnotations
    {
        protected override string LineBreak(FixContext context) => context.Text.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
    }

    private sealed class LfLineBreaks : TwoAnnotations
    {
        protected override string LineBreak(FixContext context) => "\n";
    }
}
