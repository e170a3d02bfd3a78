using KubeLint.Core.Tests.Infrastructure;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Input.KL0002DuplicateKeyAnalyzer>;

namespace KubeLint.Core.Tests.Rules;

public class KL0002DuplicateKeyTests
{
    [Fact]
    public Task Fires_at_the_second_key() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          labels:
            app: web
            {|#0:app|}: other
        spec:
          ports:
          - port: 80
        """,
        Verify.Diagnostic().WithLocation(0).WithMessage("duplicate key \"app\": the first stands at line 6; the apiserver rejects duplicate fields, other tools keep only one value"));

    [Fact]
    public Task Fires_in_flow_mappings() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: cfg, [|name|]: cfg2}
        """);

    [Fact]
    public Task Does_not_fire_for_the_same_key_in_sibling_mappings() => Verify.VerifyAsync("""
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
    public Task Does_not_fire_for_keys_that_a_merge_brings_in() => Verify.VerifyAsync("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: merged
        data:
          <<: {a: "1", b: "2"}
          a: "override"
        """);
}
