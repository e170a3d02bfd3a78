using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules;

public class KL0001InvalidYamlTests
{
    [Fact]
    public void Fires_where_the_parser_stops() => RuleVerifier.Verify("KL0001", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
        data:
          key: [unclosed
        [||]
        """);

    [Fact]
    public void Fires_at_a_tab_used_for_indentation() => RuleVerifier.Verify("KL0001", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n[|\t|]name: cfg\n");

    [Fact]
    public void Fires_once_per_broken_document_and_the_others_are_still_checked() => RuleVerifier.Verify(["KL0001", "KL0005"], [("m.yaml", """
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
        """)]);

    [Fact]
    public void Does_not_fire_on_valid_yaml_json_or_empty_documents() => RuleVerifier.Verify(["KL0001"], [
        ("a.yaml", "---\n# only a comment\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n...\n"),
        ("b.json", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"b\"}}"),
        ("c.yml", ""),
    ]);
}
