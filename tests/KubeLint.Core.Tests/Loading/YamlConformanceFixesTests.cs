using KubeLint.Core.Api;
using KubeLint.Core.Loading;
using KubeLint.Core.Rules.Input;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Core.Text;
using KubeLint.Core.Yaml;
using KubeLint.Testing;
using InvalidYaml = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Input.KL0001InvalidYamlAnalyzer>;

namespace KubeLint.Core.Tests.Loading;

/// <summary>The loader's fixes for what the YAML test suite showed wrong (issue #14), each beside its valid look-alike.
/// '·' stands for a space at the end of a line, which editors strip.</summary>
public class YamlConformanceFixesTests
{
    private static string Spaces(string text) => text.Replace('·', ' ');

    // YAML 1.2 §8.1.1.1: only a leading empty line with more spaces than the first line of content is an error
    // (suite JEF9/01 valid, W9L4 invalid); YamlDotNet's Scanner.ScanBlockScalarBreaks rejected any such line.
    [Fact]
    public Task Literal_scalar_whose_first_line_holds_only_spaces_loads_and_a_later_finding_keeps_its_position() =>
        LoadsWithTheNameFindingAt(Spaces("""
            apiVersion: v1
            kind: ConfigMap
            data:
              run.sh: |
            ····
                echo hello
                echo done
            metadata:
              name: {|#0:Bad_Name|}
            """));

    [Fact]
    public void The_literal_scalar_keeps_its_value_when_its_first_line_holds_only_spaces()
    {
        var file = new ManifestLoader().LoadText("cm.yaml", Spaces("data:\n  run.sh: |\n····\n    echo hello\n  other: |+\n······\nnext: 1\n"));
        Assert.Empty(file.Problems);
        var data = (YMapping)((YMapping)file.Documents[0].Root!)["data"]!;
        Assert.Equal("\necho hello\n", ((YScalar)data["run.sh"]!).Value);
        Assert.Equal("\n", ((YScalar)data["other"]!).Value);
        Assert.Equal(new SourcePosition(7, 1), ((YMapping)file.Documents[0].Root!).GetKey("next")!.Span.Start);
    }

    [Fact]
    public Task The_same_without_the_spaces_loads_as_before() =>
        LoadsWithTheNameFindingAt("""
            apiVersion: v1
            kind: ConfigMap
            data:
              run.sh: |

                echo hello
            metadata:
              name: {|#0:Bad_Name|}
            """);

    // Suite W9L4: a leading empty line deeper than the content stays an error, where YamlDotNet reports it.
    [Fact]
    public Task A_leading_line_with_more_spaces_than_the_content_is_still_KL0001() =>
        InvalidYaml.VerifyAsync(
            Spaces("""
                apiVersion: v1
                kind: ConfigMap
                data:
                  run.sh: |
                ········
                {|#0:····|}echo hello
                metadata:
                  name: cfg
                """),
            InvalidYaml.Diagnostic().WithLocation(0).WithArguments("a block scalar ('|' or '>') whose first lines are indented more than its text"));

    // Suite Y79Y/04–09; go-yaml (scannerc.go, yaml_parser_scan_to_next_token) rejects a tab after '-', '?' or ':' too.
    [Fact]
    public Task A_tab_before_a_nested_block_collection_is_KL0001_at_the_tab() =>
        InvalidYaml.VerifyAsync(
            "apiVersion: v1\nkind: List\nitems:\n-{|#0:\t|}- a\n",
            InvalidYaml.Diagnostic().WithLocation(0).WithArguments("a tab before a nested block collection; indent it with spaces"));

    [Fact]
    public Task Spaces_before_a_nested_block_collection_and_a_tab_before_a_scalar_are_fine() =>
        InvalidYaml.VerifyAsync("apiVersion: v1\nkind: List\nitems:\n- - a\n- {a: [\tb]}\n");

    // Suite S4JQ; go-yaml resolves only untagged and core-schema scalars (goyaml.v2/resolve.go, resolvableTag).
    [Fact]
    public void A_scalar_with_the_non_specific_tag_is_a_string_and_an_untagged_one_is_not()
    {
        var root = (YSequence)new ManifestLoader().LoadText("s.yaml", "- ! 12\n- 12\n").Documents[0].Root!;
        Assert.Equal(ScalarKind.String, ScalarKinds.Classify((YScalar)root.Items[0]));
        Assert.Equal(ScalarKind.Integer, ScalarKinds.Classify((YScalar)root.Items[1]));
    }

    // Suite MUS6/00: a comment needs white space before it (YAML 1.2 §6.6).
    [Fact]
    public void A_version_directive_that_runs_into_a_comment_is_KL0001_and_one_with_a_space_is_not()
    {
        Assert.Contains(EngineRun.LintText("%YAML 1.1#c\n---\na: 1\n"), d => d.Id == "KL0001");
        Assert.DoesNotContain(EngineRun.LintText("%YAML 1.1 #c\n---\na: 1\n"), d => d.Id == "KL0001");
    }

    /// <summary>The text loads (no KL0001) and KL0005's finding on the name <c>Bad_Name</c>, marked <c>{|#0:…|}</c>,
    /// is where it was written.</summary>
    private static Task LoadsWithTheNameFindingAt(string markup) => InvalidYaml.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("cm.yaml", markup) },
        AdditionalAnalyzers = { new KL0005InvalidNameAnalyzer() },
        ExpectedDiagnostics = { InvalidYaml.Diagnostic("KL0005").WithLocation(0)
            .WithMessage("name \"Bad_Name\" must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit") },
    });
}
