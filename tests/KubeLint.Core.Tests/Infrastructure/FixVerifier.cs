using System.Text;
using KubeLint.Core.Engine;
using KubeLint.Core.Fixes;
using KubeLint.Core.Model;

namespace KubeLint.Core.Tests.Infrastructure;

/// <summary>
/// Code fix tests in the shape of Roslyn's <c>VerifyCodeFixAsync</c>: the input marks each finding of the
/// rule (<c>[|…|]</c>, checked as <see cref="RuleVerifier"/> does), the expected text is the file after
/// <c>kubelint fix --rule ID</c>, compared byte for byte.
/// </summary>
public static class FixVerifier
{
    /// <summary><paramref name="newLine"/> replaces every "\n" of both texts (CRLF files); <paramref name="bom"/> prefixes a UTF-8 BOM;
    /// <paramref name="config"/> is written beside the manifest as its <c>.kubelint.yaml</c>.</summary>
    public static void Verify(
        string ruleId,
        string markup,
        string expected,
        KubernetesVersion? version = null,
        bool comment = false,
        IReadOnlyDictionary<string, string>? properties = null,
        string newLine = "\n",
        bool bom = false,
        string? config = null)
    {
        var (text, spans) = Markup.Parse(markup);
        using var folder = new TempFolder();
        if (config is not null)
        {
            folder.Write(".kubelint.yaml", config);
        }

        var original = Encode(text.Replace("\n", newLine), bom);
        folder.WriteBytes("manifest.yaml", original);
        var options = new LintOptions
        {
            Paths = ["manifest.yaml"],
            WorkingDirectory = folder.Path,
            TargetVersion = version,
            Properties = properties ?? new Dictionary<string, string>(),
        };

        var before = new LintEngine().Run(options).Diagnostics.Where(d => d.Id == ruleId)
            .Select(d => $"{d.Location.Start.Line}:{d.Location.Start.Column}-{d.Location.End.Line}:{d.Location.End.Column}");
        Assert.Equal(spans.Select(s => $"{s.Span.Start.Line}:{s.Span.Start.Column}-{s.Span.End.Line}:{s.Span.End.Column}").Order(), before.Order());

        var run = new FixRunner().Run(options, new FixOptions
        {
            Rules = new HashSet<string> { ruleId },
            PreferredKeys = comment ? [KubeLint.Core.Rules.Api.KL1001FieldNotInTargetVersionFixProvider.CommentOutKey] : [],
        });
        var file = run.Files.SingleOrDefault();
        var actual = file?.Fixed ?? original;
        Assert.Equal(expected.Replace("\n", newLine), Decode(actual, bom));
        Assert.Equal(original, File.ReadAllBytes(Path.Combine(folder.Path, "manifest.yaml")));

        // Fix All is idempotent: a second run on the fixed text changes nothing.
        if (file is { Changed: true })
        {
            folder.WriteBytes("manifest.yaml", file.Fixed);
            Assert.DoesNotContain(new FixRunner().Run(options, new FixOptions { Rules = new HashSet<string> { ruleId } }).Files, f => f.Changed);
        }
    }

    private static byte[] Encode(string text, bool bom) => [.. (bom ? (byte[])[0xEF, 0xBB, 0xBF] : []), .. Encoding.UTF8.GetBytes(text)];

    private static string Decode(byte[] bytes, bool bom)
    {
        if (bom)
        {
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
