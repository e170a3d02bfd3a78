using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Input.KL0003NotAnObjectAnalyzer>;

namespace KubeLint.Core.Tests.Rules;

public class KL0003NotAnObjectTests
{
    [Fact]
    public Task Fires_at_the_mapping_without_kind() => Verify.VerifyAsync("""
        # a leading comment
        {|#0:|}apiVersion: v1
        metadata:
          name: cfg
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("the document has no kind, so it is no Kubernetes object"));

    [Fact]
    public Task Fires_at_an_empty_kind_key() => Verify.VerifyAsync("""
        apiVersion: v1
        [||]kind:
        metadata:
          name: cfg
        """);

    [Fact]
    public Task Fires_for_a_document_that_is_a_list_or_a_plain_value() => Verify.VerifyAsync("""
        [||]- apiVersion: v1
          kind: ConfigMap
        ---
        [||]just some text
        """);

    [Fact]
    public Task Fires_for_list_items_that_are_no_objects() => Verify.VerifyAsync("""
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
    public Task Does_not_fire_for_objects_or_empty_documents() => Verify.VerifyAsync("""
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
