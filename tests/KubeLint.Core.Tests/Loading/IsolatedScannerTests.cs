using System.Runtime.Loader;
using System.Text;
using KubeLint.Core.Loading;
using KubeLint.Core.Tests.Infrastructure;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace KubeLint.Core.Tests.Loading;

/// <summary>The second loading thread's scanner (a copy of YamlDotNet in a load context of its own) must hand the
/// parser exactly the tokens and the exception the default copy gives, every field of them.</summary>
public class IsolatedScannerTests
{
    [Theory]
    [InlineData("a: 1\nb: [x, 'y', \"z\"]\nc: {d: e, f}\n")]
    [InlineData("%YAML 1.2\n%TAG !e! tag:example.com,2000:\n--- !e!thing\nbase: &b {x: 1}\nuse: *b\nlocal: !local v\nverbatim: !<tag:x> w\n...\n")]
    [InlineData("literal: |+\n  one\n  two\n\nfolded: >-\n  three\n  four\n# a comment\n- not: here\n")]
    [InlineData("? complex\n: value\n- item\n")]
    [InlineData("a: - b\n")]
    [InlineData("a: 'never closed\n")]
    [InlineData("key: |\n   \n  text\n")]
    [InlineData("\"\\q\"\n")]
    [InlineData("")]
    public void Gives_the_tokens_and_exception_of_the_default_copy(string yaml) =>
        Assert.Equal(Render(ScannedTokens.Scan(yaml)), Render(Isolated().Scan(yaml)));

    [Theory]
    [InlineData("a: 'never closed\n", "SyntaxErrorException")]
    [InlineData("key: |\n   \n  text\n", "SemanticErrorException")]
    [InlineData("a: - b\n", null)]
    [InlineData("a: b\n", null)]
    public void Rebuilds_the_scanners_exception_as_the_default_copys_type(string yaml, string? type)
    {
        var error = Isolated().Scan(yaml).Error;
        Assert.Equal(type, error?.GetType().Name);
        if (error is not null)
        {
            Assert.Same(typeof(YamlException).Assembly, error.GetType().Assembly);
        }
    }

    [Fact]
    public void Scans_with_a_copy_of_yamldotnet_other_than_the_default_one()
    {
        Isolated();
        var context = Assert.Single(AssemblyLoadContext.All, c => c.Name == "KubeLint second YAML scanner");
        var copy = Assert.Single(context.Assemblies, a => a.GetName().Name == "YamlDotNet");
        Assert.NotSame(typeof(Scanner).Assembly, copy);
        Assert.Equal(typeof(Scanner).Assembly.FullName, copy.FullName);
        Assert.DoesNotContain(context.Assemblies, a => a.GetName().Name is not ("YamlDotNet" or "KubeLint.Core"));
    }

    [SharedDataFact]
    public void Agrees_with_the_default_copy_on_the_upstream_corpus_and_its_mutations()
    {
        var random = new Random(19);
        const string Significant = ":-[]{}&*!|>'\"%@`#,? \n\t";
        var compared = 0;
        var failed = 0;
        foreach (var path in Directory.EnumerateFiles(SharedData.Path("corpus/upstream"), "*.y*ml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path).ToCharArray();
            for (var round = 0; round < 3; round++)
            {
                var yaml = new string(text);
                var expected = ScannedTokens.Scan(yaml);
                failed += expected.Error is null ? 0 : 1;
                Assert.Equal(Render(expected), Render(Isolated().Scan(yaml)));
                compared++;
                for (var k = 0; k < 2 && text.Length > 0; k++)
                {
                    text[random.Next(text.Length)] = Significant[random.Next(Significant.Length)];
                }
            }
        }

        Assert.True(compared > 300, $"only {compared} texts compared");
        Assert.True(failed > 10, $"only {failed} texts made the scanner throw");
    }

    private static IsolatedScanner Isolated() =>
        IsolatedScanner.Instance ?? throw new InvalidOperationException("the isolated scanner could not be loaded");

    private static string Render(ScannedTokens scanned)
    {
        var text = new StringBuilder();
        foreach (var token in scanned.Tokens)
        {
            text.Append(token.GetType().FullName).Append(' ').Append(token.Start).Append(" - ").Append(token.End).Append(' ').Append(token switch
            {
                Scalar s => $"{s.Style} [{s.Value}]",
                Tag t => $"[{t.Handle}] [{t.Suffix}]",
                TagDirective d => $"[{d.Handle}] [{d.Prefix}]",
                VersionDirective v => $"{v.Version.Major}.{v.Version.Minor}",
                Anchor a => $"[{a.Value}]",
                AnchorAlias a => $"[{a.Value}]",
                Comment c => $"{c.IsInline} [{c.Value}]",
                Error e => $"[{e.Value}]",
                _ => "",
            }).Append('\n');
        }

        if (scanned.Error is { } error)
        {
            text.Append("thrown ").Append(error.GetType().FullName).Append(' ').Append(error.Message);
            if (error is YamlException yaml)
            {
                text.Append(' ').Append(yaml.Start).Append(" - ").Append(yaml.End);
            }
        }

        return text.ToString();
    }
}
