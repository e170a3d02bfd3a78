using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Engine.KL9001ConfigurationAnalyzer>;

namespace KubeLint.Core.Tests.Rules;

/// <summary>KL9001 through its own verifier: configuration issues are its findings, and rule references are
/// checked against every built-in rule although only KL9001 runs.</summary>
public class KL9001ConfigurationTests
{
    private const string Manifest = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: cfg
        """;

    [Fact]
    public Task Fires_at_an_unknown_rule_in_the_configuration() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("m.yaml", Manifest) },
        Configuration = """
            rules:
              KL0002: warning
              {|#0:KL9999|}: error
            """,
        ExpectedDiagnostics = { Verify.Diagnostic().WithLocation(0).WithArguments("'KL9999' in rules: names no rule") },
    });

    [Fact]
    public Task Fires_at_unknown_settings_bad_severities_and_bad_sizes() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("m.yaml", Manifest) },
        Configuration = """
            {|#0:excludes|}: ["a/**"]
            maxFileSize: {|#1:lots|}
            complete: {|#2:maybe|}
            rules:
              KL0002: {|#3:loud|}
              KL0003:
                severity: {|#4:fatal|}
            categories:
              Input: warning
              {|#5:Securty|}: error
            include: {|#6:{a: b}|}
            """,
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithLocation(0).WithMessage("unknown setting 'excludes' in .kubelint.yaml"),
            Verify.Diagnostic().WithLocation(1).WithMessage("maxFileSize 'lots' is no size (e.g. 10485760, 512KiB or 10MiB)"),
            Verify.Diagnostic().WithLocation(2).WithMessage("'maybe' is not true or false"),
            Verify.Diagnostic().WithLocation(3).WithMessage("unknown severity 'loud' (use error, warning, info, hidden, none or default)"),
            Verify.Diagnostic().WithLocation(4).WithMessage("unknown severity 'fatal' (use error, warning, info, hidden, none or default)"),
            Verify.Diagnostic().WithLocation(5).WithMessage("'Securty' in categories: names no category (known: Api, BestPractice, CrossObject, Engine, Input, Network, Security)"),
            Verify.Diagnostic().WithLocation(6).WithMessage("'include' takes a list of glob patterns"),
        },
    });

    [Fact]
    public Task Fires_at_an_unknown_rule_in_a_suppression_comment() => Verify.VerifyAsync(
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          # kubelint-disable-next-line KL0005, {|#0:KL9999|} -- reason
          name: cfg
          labels: # kubelint-disable-line {|#1:XX1|}
            app: web
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("'KL9999' in a kubelint-disable-next-line comment names no rule"),
        Verify.Diagnostic().WithLocation(1).WithArguments("'XX1' in a kubelint-disable-line comment names no rule"));

    [Fact]
    public Task Fires_at_an_unknown_rule_in_the_ignore_annotation() => Verify.VerifyAsync(
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          annotations:
            kubelint.io/ignore: "KL0005,{|#0:KL9998|} -- vendor chart"
        spec:
          template:
            metadata:
              annotations:
                kubelint.io/ignore: {|#1:KL4999|}
        """,
        Verify.Diagnostic().WithLocation(0).WithArguments("'KL9998' in the kubelint.io/ignore annotation names no rule"),
        Verify.Diagnostic().WithLocation(1).WithArguments("'KL4999' in the kubelint.io/ignore annotation names no rule"));

    [Fact]
    public Task Fires_at_unknown_and_ill_typed_options_in_the_configuration_and_editorconfig() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources = { ("m.yaml", Manifest) },
        Configuration = """
            rules:
              KL4001:
                {|#0:ignoredImagse|}: [nginx]
                ignoredContainers: [debug]
              KL4013:
                ignoredNames: {|#1:[PASSWORD, [nested]]|}
            """,
        AdditionalFiles =
        {
            (".editorconfig", """
                root = true

                [*.yaml]
                kubelint.kl4001.{|#2:ignoredimagse|} = nginx
                kubelint.KL4001.IGNOREDIMAGES = nginx
                """),
        },
        ExpectedDiagnostics =
        {
            Verify.Diagnostic().WithLocation(0).WithArguments("'ignoredImagse' in rules.KL4001 is not an option of KL4001; did you mean 'ignoredImages'? (its options: ignoredImages, ignoredContainers)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'ignoredNames' of KL4013 expects a list of strings; an item is not a string"),
            Verify.Diagnostic().WithLocation(2).WithArguments("'kubelint.kl4001.ignoredimagse' is not an option of KL4001; did you mean 'ignoredImages'? (its options: ignoredImages, ignoredContainers)"),
        },
    });

    // The look-alike of every test above: the same places, naming built-in rules and settings rightly.
    [Fact]
    public Task Does_not_fire_for_known_rules_and_settings() => Verify.VerifyAsync(new AnalyzerTest
    {
        Sources =
        {
            ("m.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: cfg
                  annotations:
                    kubelint.io/ignore: "KL0005 -- reason"
                  # kubelint-disable-next-line KL0002,kl0005
                  labels: {}
                """),
        },
        Configuration = """
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
              KL4001:
                ignoredImages: [nginx]
            categories:
              Input: error
            """,
        AdditionalFiles = { (".editorconfig", "root = true\n\n[*.yaml]\nkubelint.KL4001.ignoredImages = nginx\n") },
    });
}
