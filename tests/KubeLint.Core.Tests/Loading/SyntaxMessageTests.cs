using System.Text;
using KubeLint.Core.Loading;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Loading;

/// <summary>KL0001 speaks in our sentences (issue #15): no exception type, no library name, no YamlDotNet wording; each
/// case beside a valid look-alike that loads.</summary>
public class SyntaxMessageTests
{
    private const string Fallback = "the YAML is malformed here: the parser gave up near this point";

    private static string Kl0001(string text)
    {
        using var folder = new TempFolder();
        folder.WriteBytes("manifest.yaml", Encoding.UTF8.GetBytes(text));
        var findings = EngineRun.Lint(folder.Path, ["manifest.yaml"]).Diagnostics.Where(d => d.Id == "KL0001").ToList();
        return string.Join("\n", findings.Select(d => $"{d.Location.Start.Line}:{d.Location.Start.Column} {d.Message}"));
    }

    [Theory]
    // YamlDotNet's scanner threw InvalidOperationException here, which the message used to quote.
    [InlineData(": {\nm", "1:3 " + Fallback)]
    [InlineData("a: {m: 1}\n", "")]
    // ...and ArgumentOutOfRangeException for a \U escape past U+10FFFF.
    [InlineData("\"\\UFFFFFFFF\"\n", "1:1 " + Fallback)]
    [InlineData("\"\\U0001F600\"\n", "")]
    public void A_parser_crash_is_our_sentence_at_the_last_position(string text, string expected) =>
        Assert.Equal(expected, Kl0001(text));

    [Theory]
    // The version used to print as "YamlDotNet.Core.Version".
    [InlineData("%YAML 2.0\n---\na: 1\n", "1:1 the %YAML directive asks for YAML 2.0; only YAML 1.x is read")]
    [InlineData("%YAML 1.1\n---\na: 1\n", "")]
    public void A_yaml_version_directive_names_the_version(string text, string expected) =>
        Assert.Equal(expected, Kl0001(text));

    [Theory]
    [InlineData("a: 1\n b: 2\n", "2:3 ': ' inside a value that continues from the line above, where no mapping can start; quote the value or fix the indentation")]
    [InlineData("a: 1\nb: 2\n", "")]
    [InlineData("a:\n  - b\n  c: d\n", "3:3 a line here is not a '- ' item of the list it is aligned with; check its indentation")]
    [InlineData("a:\n  - b\n  - c: d\n", "")]
    [InlineData("a:\n  b: 1\n - c\n", "3:2 a line here is not a 'key: value' of the mapping it is aligned with; check its indentation")]
    [InlineData("a:\n  b: 1\n  c: 2\n", "")]
    [InlineData("a: \"open\n", "1:4 a quoted string that is never closed")]
    [InlineData("a: \"closed\"\n", "")]
    [InlineData("a: @x\n", "1:4 a character that cannot start a value here ('@' and '`' are reserved, a '%' directive only starts a line); quote the value")]
    [InlineData("a: \"@x\"\n", "")]
    [InlineData("a: \"\\q\"\n", "1:4 an escape sequence ('\\' and a character) that double-quoted YAML strings do not have")]
    [InlineData("a: \"\\t\"\n", "")]
    [InlineData("a: [b, c\n", "2:1 a ',' or the closing ']' is missing in this [...] list")]
    [InlineData("a: [b, c]\n", "")]
    public void A_scanner_or_parser_error_is_one_of_our_sentences(string text, string expected) =>
        Assert.Equal(expected, Kl0001(text));

    [Theory]
    [InlineData("While scanning a simple key, could not find expected ':'.", "a key without ':' after it on its line")]
    [InlineData("(Line: 3, Col: 1, Idx: 20) - (Line: 3, Col: 2, Idx: 21): While scanning a quoted scalar, found unexpected end of stream.", "a quoted string that is never closed")]
    [InlineData("While scanning a tag, did not find expected '!'.", "a malformed tag ('!' and a name) or %TAG directive")]
    [InlineData("Some message a later YamlDotNet adds", SyntaxMessages.Fallback)]
    public void The_table_maps_the_scanners_messages_and_falls_back_to_the_position_only(string message, string expected) =>
        Assert.Equal(expected, SyntaxMessages.Describe(message));

    [Fact]
    public void A_lone_surrogate_escape_in_json_reads_as_kubectl_reads_it()
    {
        // kubectl decodes a stream starting with '{' as JSON, and Go's encoding/json turns a lone surrogate into U+FFFD
        // (apimachinery pkg/util/yaml/decoder.go GuessJSONStream; golang/go encoding/json decode.go unquoteBytes).
        const string Json = """{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "s"}, "data": {"lone": "a\ud800b", "pair": "\ud83d\ude00", "literal": "\\ud800"}}""";
        var file = new ManifestLoader().LoadText("s.json", Json);

        Assert.Empty(file.Problems);
        var data = Assert.Single(file.Documents.SelectMany(d => d.Objects)).Root.GetMapping("data")!;
        Assert.Equal("a\uFFFDb", data.GetString("lone"));
        Assert.Equal("\U0001F600", data.GetString("pair"));
        Assert.Equal("\\ud800", data.GetString("literal"));
        Assert.Equal(Json.Length, file.Text!.Text.Length);
    }

    [Fact]
    public void A_lone_surrogate_escape_in_yaml_stays_KL0001_in_our_words() =>
        // The look-alike of the JSON case: go-yaml, which kubectl uses for YAML, refuses the escape.
        Assert.Equal("1:7 a '\\u' escape of half a UTF-16 surrogate pair, which YAML cannot hold", Kl0001("lone: \"a\\ud800b\"\n"));
}
