using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Input.KL0001InvalidYamlAnalyzer>;

namespace KubeLint.Core.Tests.Rules;

public class KL0001InvalidYamlTests
{
    [Fact]
    public Task Fires_where_the_parser_stops() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
        data:
          key: [unclosed
        {|#0:|}
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("a ',' or the closing ']' is missing in this [...] list"));

    [Fact]
    public Task Fires_at_a_tab_used_for_indentation() => Verify.VerifyAsync("apiVersion: v1\nkind: ConfigMap\nmetadata:\n[|\t|]name: cfg\n");

    [Fact]
    public async Task Fires_once_per_broken_document_and_the_others_are_still_checked()
    {
        const string manifest = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {|KL0005:First|}
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: cfg
        {|KL0001:---|}
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {|KL0005:Third|}
        """;
        await Verify.VerifyAsync(new AnalyzerTest { Sources = { ("m.yaml", manifest.Replace("{|KL0005:First|}", "First", StringComparison.Ordinal).Replace("{|KL0005:Third|}", "Third", StringComparison.Ordinal)) } });
        await AnalyzerVerifier<KubeLint.Core.Rules.Input.KL0005InvalidNameAnalyzer>.VerifyAsync(new AnalyzerTest { Sources = { ("m.yaml", manifest.Replace("{|KL0001:---|}", "---", StringComparison.Ordinal)) } });
    }

    [Fact]
    public Task Does_not_fire_on_valid_yaml_json_or_empty_documents() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("a.yaml", "---\n# only a comment\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n...\n"),
            ("b.json", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"b\"}}"),
            ("c.yml", ""),
        },
    });
}
