using System.Text;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Loading;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Core.Text;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Loading;

/// <summary>Inputs meant to break a loader: each must end in a definite outcome, never a crash or a hang.</summary>
public class HostileInputTests
{
    private static List<string> Lint(byte[] bytes, string name = "manifest.yaml")
    {
        using var folder = new TempFolder();
        folder.WriteBytes(name, bytes);
        return EngineRun.Lint(folder.Path, [name]).Diagnostics
            .Select(d => $"{d.Id} {d.Location.Start.Line}:{d.Location.Start.Column}")
            .ToList();
    }

    private static IReadOnlyList<Diagnostic> LintDiagnostics(byte[] bytes, string name = "manifest.yaml")
    {
        using var folder = new TempFolder();
        folder.WriteBytes(name, bytes);
        return EngineRun.Lint(folder.Path, [name]).Diagnostics;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Empty_file_has_no_documents_and_no_findings()
    {
        var file = new ManifestLoader().LoadBytes("empty.yaml", "/empty.yaml", []);
        Assert.Empty(file.Documents);
        Assert.Empty(file.Problems);
        Assert.Empty(Lint([]));
    }

    [Fact]
    public void Comment_only_file_and_bare_separators_have_no_findings() =>
        Assert.Empty(Lint(Utf8("# nothing here yet\n---\n---\n# still nothing\n")));

    [Fact]
    public void Binary_file_is_KL0001_at_the_first_NUL()
    {
        // A PNG header: "\x89PNG\r\n" ends line 1, "\x1a\n" line 2, and the NUL starts line 3.
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        var diagnostics = LintDiagnostics(png, "image.yaml");
        var single = Assert.Single(diagnostics);
        Assert.Equal("KL0001", single.Id);
        Assert.Equal(new SourcePosition(3, 1), single.Location.Start);
        Assert.Contains("binary", single.Message);
    }

    [Fact]
    public void Invalid_utf8_is_KL0001_at_the_bad_byte()
    {
        // Latin-1 "é" (0xE9) where UTF-8 was expected: line 4, after "  name: caf".
        var bytes = Utf8("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caf").Concat(new byte[] { 0xE9, 0x0A }).ToArray();
        var single = Assert.Single(LintDiagnostics(bytes));
        Assert.Equal("KL0001", single.Id);
        Assert.Equal(new SourcePosition(4, 12), single.Location.Start);
        Assert.Contains("invalid UTF-8", single.Message);
    }

    [Fact]
    public void Billion_laughs_stops_at_the_expansion_budget()
    {
        var yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append($"{level}: &{level} [{string.Join(", ", Enumerable.Repeat($"*{previous}", 9))}]\n");
        }

        var single = Assert.Single(LintDiagnostics(Utf8(yaml.ToString())));
        Assert.Equal("KL0001", single.Id);
        Assert.Contains("expands to more than 1,000,000 nodes through aliases", single.Message);

        // Levels a–f hold ~670,000 nodes; the first *f of level g passes the budget.
        Assert.Equal(new SourcePosition(7, 8), single.Location.Start);
    }

    [Fact]
    public void Deep_flow_nesting_is_KL0001_too_deep()
    {
        var text = new string('[', 20_000) + new string(']', 20_000) + "\n";
        Assert.Equal(["KL0001 1:1001"], Lint(Utf8(text)));
        Assert.Contains("nesting deeper than 1000 levels", Assert.Single(LintDiagnostics(Utf8(text))).Message);
    }

    [Fact]
    public void Scanner_and_token_parser_handle_20000_levels_without_recursing()
    {
        // The depth limit sits in our tree builder; with it raised, scanner, parser and builder must
        // get through 20,000 levels without a stack overflow (one that recursed would crash the test run).
        var loader = new ManifestLoader(LoadLimits.Default with { MaxDepth = 50_000 });
        foreach (var (text, scalars) in new[] { (new string('[', 20_000) + new string(']', 20_000), 0), (string.Concat(Enumerable.Repeat("- ", 20_000)) + "x", 1) })
        {
            var file = loader.LoadText("deep.yaml", text);
            Assert.Empty(file.Problems);
            var depth = 0;
            for (var node = file.Documents.Single().Root; node is YSequence sequence; node = sequence.Items.SingleOrDefault())
            {
                depth++;
            }

            Assert.Equal(20_000, depth);
        }
    }

    [Fact]
    public void Deep_flow_mapping_nesting_is_KL0001_too_deep()
    {
        var text = string.Concat(Enumerable.Repeat("{a: ", 20_000)) + "x" + new string('}', 20_000) + "\n";
        Assert.Equal(["KL0001 1:4001"], Lint(Utf8(text)));
    }

    [Fact]
    public void Deep_block_nesting_is_KL0001_too_deep()
    {
        // "- - - … x": 20,000 nested block sequences on one line.
        var text = string.Concat(Enumerable.Repeat("- ", 20_000)) + "x\n";
        Assert.Equal(["KL0001 1:2001"], Lint(Utf8(text)));
    }

    [Fact]
    public void Deep_indented_block_mappings_are_KL0001_at_the_line_past_the_limit()
    {
        var text = string.Join("\n", Enumerable.Range(0, 1_500).Select(i => new string(' ', i) + "a:")) + " x\n";
        Assert.Equal(["KL0001 1001:1001"], Lint(Utf8(text)));
    }

    [Fact]
    public void Depth_limit_is_configurable()
    {
        var file = new ManifestLoader(LoadLimits.Default with { MaxDepth = 3 }).LoadText("deep.yaml", "a:\n  b:\n    c:\n      d: 1\n");
        var problem = Assert.Single(file.Problems);
        Assert.Equal(LoadProblemKind.TooDeep, problem.Kind);
        Assert.Equal(new SourcePosition(4, 7), problem.Span.Start);
    }

    [Fact]
    public void File_over_10_MiB_is_KL0001_too_large_and_not_read()
    {
        var bytes = new byte[(10 * 1024 * 1024) + 1];
        Array.Fill(bytes, (byte)'#');
        var single = Assert.Single(LintDiagnostics(bytes));
        Assert.Equal("KL0001", single.Id);
        Assert.Equal(new SourcePosition(1, 1), single.Location.Start);
        Assert.Contains("over the limit of 10,485,760", single.Message);
    }

    [Fact]
    public void File_of_exactly_10_MiB_is_read()
    {
        var comment = Utf8("# padding\n");
        var bytes = new byte[10 * 1024 * 1024];
        for (var i = 0; i + comment.Length <= bytes.Length; i += comment.Length)
        {
            comment.CopyTo(bytes, i);
        }

        Array.Fill(bytes, (byte)'\n', bytes.Length - (bytes.Length % comment.Length), bytes.Length % comment.Length);
        Assert.Empty(Lint(bytes));
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \"unterminated\n", "KL0001 4:9")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg\n", "KL0001 4:1")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\ndata:\n  key: [a, b\n", "KL0001 5:1")]
    public void Truncated_document_is_KL0001_where_the_parser_stops(string text, string expected) =>
        Assert.Equal([expected], Lint(Utf8(text)));

    [Fact]
    public void Crlf_line_breaks_keep_positions()
    {
        const string Manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n  labels:\n    app: web\n    app: web\n";
        var lf = Lint(Utf8(Manifest));
        var crlf = Lint(Utf8(Manifest.Replace("\n", "\r\n")));
        Assert.Equal(["KL0005 4:9", "KL0002 7:5"], lf);
        Assert.Equal(lf, crlf);
        var diagnostic = LintDiagnostics(Utf8(Manifest.Replace("\n", "\r\n"))).First(d => d.Id == "KL0005");
        Assert.Equal(new SourceSpan(new(4, 9), new(4, 17)), diagnostic.Location.Span);
    }

    [Fact]
    public void Utf8_bom_does_not_pollute_the_first_key_and_keeps_positions()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n")).ToArray();
        var file = new ManifestLoader().LoadBytes("bom.yaml", "/bom.yaml", bytes);
        var obj = Assert.Single(Assert.Single(file.Documents).Objects);
        Assert.Equal("v1", obj.ApiVersion);
        Assert.Equal(new SourcePosition(1, 1), obj.Root.Entries[0].Key.Start);
        Assert.Equal(["KL0005 4:9"], Lint(bytes));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_is_read(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble()
            .Concat(encoding.GetBytes("apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: Bad_Name\r\n")).ToArray();
        Assert.Equal(["KL0005 4:9"], Lint(bytes));
    }

    [Fact]
    public void Parser_crash_on_colon_bracket_is_KL0001_and_loading_goes_on()
    {
        // YamlDotNet's own Parser threw a position-less InvalidOperationException on ": [\ns"; ours
        // reports the value indicator that has no key.
        const string Text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: first\n---\n: [\ns\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Third\n";
        Assert.Equal(["KL0001 6:1", "KL0005 12:9"], Lint(Utf8(Text)));
        var file = new ManifestLoader().LoadText("crash.yaml", Text);
        Assert.Equal(["first", "Third"], file.Documents.SelectMany(d => d.Objects).Select(o => o.Name));
    }

    [Fact]
    public void Parser_crash_alone_in_a_file_is_KL0001_with_a_position() =>
        Assert.Equal(["KL0001 1:3"], Lint(Utf8(": [\ns")));

    [Fact]
    public void Lost_value_after_an_empty_key_is_KL0001_and_loading_goes_on()
    {
        // YamlDotNet's own Parser dropped the "p" of " : p"; a null key cannot become a JSON object
        // key either, so the colon is the error.
        const string Text = " : p\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Second\n";
        Assert.Equal(["KL0001 1:2", "KL0005 6:9"], Lint(Utf8(Text)));
        Assert.Equal(["KL0001 1:2"], Lint(Utf8(" : p")));
        Assert.Contains("a mapping value with no key before it", Assert.Single(LintDiagnostics(Utf8(" : p"))).Message);
    }

    [Fact]
    public void Errors_in_several_documents_are_each_reported()
    {
        const string Text = "a: [\n---\nb: {\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n";
        var file = new ManifestLoader().LoadText("many.yaml", Text);
        Assert.Equal(2, file.Problems.Count);
        Assert.Equal("ok", Assert.Single(file.Documents.SelectMany(d => d.Objects)).Name);
    }

    [Fact]
    public void Undefined_alias_is_KL0001_at_the_alias() =>
        Assert.Equal(["KL0001 4:9"], Lint(Utf8("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: *nowhere\n")));
}
