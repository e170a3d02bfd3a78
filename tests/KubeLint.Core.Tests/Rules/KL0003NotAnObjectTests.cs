using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules;

public class KL0003NotAnObjectTests
{
    [Fact]
    public void Fires_at_the_mapping_without_kind() => RuleVerifier.Verify("KL0003", """
        # a leading comment
        [||]apiVersion: v1
        metadata:
          name: cfg
        """);

    [Fact]
    public void Fires_at_an_empty_kind_key() => RuleVerifier.Verify("KL0003", """
        apiVersion: v1
        [||]kind:
        metadata:
          name: cfg
        """);

    [Fact]
    public void Fires_for_a_document_that_is_a_list_or_a_plain_value() => RuleVerifier.Verify("KL0003", """
        [||]- apiVersion: v1
          kind: ConfigMap
        ---
        [||]just some text
        """);

    [Fact]
    public void Fires_for_list_items_that_are_no_objects() => RuleVerifier.Verify("KL0003", """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: ok
        - [||]metadata:
            name: incomplete
        - [||]a plain value
        """);

    [Fact]
    public void Does_not_fire_for_objects_or_empty_documents() => RuleVerifier.Verify("KL0003", """
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
        ---
        # nothing but a comment
        ---
        ~
        ---
        """);
}
