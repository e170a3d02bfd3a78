using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules;

public class KL9001ConfigurationTests
{
    private const string Manifest = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
        """;

    [Fact]
    public void Fires_at_an_unknown_rule_in_the_configuration() => RuleVerifier.Verify(["KL9001"], [("m.yaml", Manifest)], config: """
        rules:
          KL0002: warning
          [|KL9999|]: error
        """);

    [Fact]
    public void Fires_at_unknown_settings_bad_severities_and_bad_sizes() => RuleVerifier.Verify(["KL9001"], [("m.yaml", Manifest)], config: """
        [|excludes|]: ["a/**"]
        maxFileSize: [|lots|]
        complete: [|maybe|]
        rules:
          KL0002: [|loud|]
          KL0003:
            severity: [|fatal|]
        categories:
          Input: warning
          [|Securty|]: error
        include: [|{a: b}|]
        """);

    [Fact]
    public void Fires_at_an_unknown_rule_in_a_suppression_comment() => RuleVerifier.Verify("KL9001", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          # kubelint-disable-next-line KL0005, [|KL9999|] -- reason
          name: cfg
          labels: # kubelint-disable-line [|XX1|]
            app: web
        """);

    [Fact]
    public void Fires_at_an_unknown_rule_in_the_ignore_annotation() => RuleVerifier.Verify("KL9001", """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          annotations:
            kubelint.io/ignore: "KL0005,[|KL9998|] -- vendor chart"
        spec:
          template:
            metadata:
              annotations:
                kubelint.io/ignore: [|KL4999|]
        """);

    [Fact]
    public void Does_not_fire_for_known_rules_and_settings() => RuleVerifier.Verify(["KL9001"], [("m.yaml", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
          annotations:
            kubelint.io/ignore: "KL0005 -- reason"
          # kubelint-disable-next-line KL0002,kl0005
          labels: {}
        """)], config: """
        targetKubernetesVersion: "1.27"
        namespace: shop
        include: ["**/*.yaml"]
        exclude: ["charts/**"]
        maxFileSize: 10MiB
        complete: false
        cluster: {serviceNodePortRange: "30000-32767"}
        customRules: [rules/]
        rules:
          KL0002: warning
          KL0005:
            severity: none
        categories:
          Input: error
        """);
}
