using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules;

public class KL0004MissingNameTests
{
    [Fact]
    public void Fires_at_metadata_without_name() => RuleVerifier.Verify("KL0004", """
        apiVersion: v1
        kind: ConfigMap
        [|metadata|]:
          labels:
            app: web
        """);

    [Fact]
    public void Fires_at_kind_when_metadata_is_missing() => RuleVerifier.Verify("KL0004", """
        apiVersion: v1
        [|kind|]: ConfigMap
        data: {}
        """);

    [Fact]
    public void Fires_for_an_empty_name_and_in_list_items() => RuleVerifier.Verify("KL0004", """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: ConfigMap
          [|metadata|]:
            name:
        """);

    [Fact]
    public void Does_not_fire_with_a_name_or_generate_name() => RuleVerifier.Verify("KL0004", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          generateName: migrate-
        """);
}
