using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules;

public class KL0002DuplicateKeyTests
{
    [Fact]
    public void Fires_at_the_second_key() => RuleVerifier.Verify("KL0002", """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          labels:
            app: web
            [|app|]: other
        spec:
          ports:
          - port: 80
        """);

    [Fact]
    public void Fires_in_flow_mappings() => RuleVerifier.Verify("KL0002", """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: cfg, [|name|]: cfg2}
        """);

    [Fact]
    public void Does_not_fire_for_the_same_key_in_sibling_mappings() => RuleVerifier.Verify("KL0002", """
        apiVersion: v1
        kind: Pod
        metadata:
          name: two
        spec:
          containers:
          - name: a
            image: nginx:1.27
          - name: b
            image: nginx:1.27
        """);

    [Fact]
    public void Does_not_fire_for_keys_that_a_merge_brings_in() => RuleVerifier.Verify("KL0002", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: merged
        data:
          <<: {a: "1", b: "2"}
          a: "override"
        """);
}
