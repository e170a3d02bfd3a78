using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Rules.Security;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules.Declarations;

/// <summary>KL9001 for configured rule options that the rule does not declare, or whose value has the wrong type
/// (issue #18: a misspelt <c>ignoredImagse</c> used to be ignored without a word).</summary>
public class RuleOptionConfigurationTests
{
    private const string Manifest = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
          - name: web
            image: nginx
        """;

    [Fact]
    public void An_unknown_option_is_reported_at_its_key_with_the_nearest_declared_name()
    {
        var findings = Lint(config: """
            rules:
              KL4001:
                ignoredImagse: [nginx]
                ignoredContainers: [debug]
              KL0002:
                strict: true
            """);
        Assert.Equal(
            [
                ".kubelint.yaml(3,5): 'ignoredImagse' in rules.KL4001 is not an option of KL4001; did you mean 'ignoredImages'? (its options: ignoredImages, ignoredContainers)",
                ".kubelint.yaml(6,5): 'strict' in rules.KL0002 is not an option of KL0002, which has none",
            ],
            findings);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_at_the_value()
    {
        var findings = Lint(config: """
            rules:
              KL4001:
                ignoredImages: {nginx: true}
              KL4013:
                ignoredNames: [PASSWORD, [nested]]
            """);
        Assert.Equal(
            [
                ".kubelint.yaml(3,20): 'ignoredImages' of KL4001 expects a list of strings (a sequence, or one comma-separated value), not a mapping",
                ".kubelint.yaml(5,19): 'ignoredNames' of KL4013 expects a list of strings; an item is not a string",
            ],
            findings);
    }

    [Fact]
    public void Declared_options_of_the_right_type_are_accepted_and_read()
    {
        using var folder = new TempFolder();
        folder.Write("pod.yaml", Manifest);
        folder.Write(".kubelint.yaml", """
            rules:
              KL4001:
                ignoredImages: "nginx, redis"
                ignoredContainers: [debug]
              KL3001:
                ignoredLabels: [release]
            """);
        var result = RuleVerifier.Lint(folder.Path, ["pod.yaml"]);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KL9001");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KL4001"); // nginx is ignored, so the option was read
        Assert.Equal(["nginx", "redis"], result.Options.Get(KL4001ImageTagAnalyzer.Rule, KL4001ImageTagAnalyzer.IgnoredImages));
    }

    [Fact]
    public void Reading_an_option_the_rule_does_not_declare_throws()
    {
        using var folder = new TempFolder();
        folder.Write("pod.yaml", Manifest);
        var result = RuleVerifier.Lint(folder.Path, ["pod.yaml"]);
        var error = Assert.Throws<InvalidOperationException>(() => result.Options.Get(KL4001ImageTagAnalyzer.Rule, KL4013LiteralSecretEnvAnalyzer.IgnoredNames));
        Assert.Contains("KL4001 reads the option 'ignoredNames' without declaring it", error.Message);
    }

    [Fact]
    public void Editorconfig_options_are_checked_by_name_without_case_and_by_type()
    {
        var findings = Lint(editorConfig: """
            root = true

            [*.yaml]
            kubelint.kl4001.ignoredimagse = nginx
            kubelint.KL4001.IGNOREDIMAGES = nginx
            kubelint.ACME0001.maxReplicas = abc
            kubelint.ACME0001.strict = yes
            kubelint.ACME0001.strict = false
            """);
        Assert.Equal(
            [
                ".editorconfig(4,17): 'kubelint.kl4001.ignoredimagse' is not an option of KL4001; did you mean 'ignoredImages'? (its options: ignoredImages, ignoredContainers)",
                ".editorconfig(6,33): 'kubelint.ACME0001.maxReplicas' expects an integer, not 'abc'",
                ".editorconfig(7,28): 'kubelint.ACME0001.strict' expects true or false, not 'yes'",
            ],
            findings);
    }

    [Fact]
    public void A_custom_rule_s_integer_option_is_checked_and_read()
    {
        Assert.Equal(
            [".kubelint.yaml(3,18): 'maxReplicas' of ACME0001 expects an integer, not 'abc'", "pod.yaml(4,9): replicas at most 10"],
            Lint(config: "rules:\n  ACME0001:\n    maxReplicas: abc\n", also: "ACME0001"));
        Assert.Equal(["pod.yaml(4,9): replicas at most 5"], Lint(config: "rules:\n  ACME0001:\n    maxReplicas: 5\n", also: "ACME0001"));
    }

    [Fact]
    public void A_custom_rule_without_declared_options_keeps_reading_untyped_ones()
    {
        var untyped = new DiagnosticDescriptor("ACME0003", "t", "m", "Acme", DiagnosticSeverity.Warning);
        using var folder = new TempFolder();
        folder.Write("pod.yaml", Manifest);
        folder.Write(".kubelint.yaml", "rules:\n  ACME0003:\n    anything: 1\n");
        var result = new LintEngine().Run(new LintOptions { Paths = ["pod.yaml"], WorkingDirectory = folder.Path, AdditionalAnalyzers = [new Untyped(untyped)] });
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KL9001");
        Assert.Equal("1", result.Options.GetOption("ACME0003", "anything"));
    }

    private static List<string> Lint(string? config = null, string? editorConfig = null, string also = "KL9001")
    {
        using var folder = new TempFolder();
        folder.Write("pod.yaml", Manifest);
        if (config is not null)
        {
            folder.Write(".kubelint.yaml", config);
        }

        if (editorConfig is not null)
        {
            folder.Write(".editorconfig", editorConfig);
        }

        var result = new LintEngine().Run(new LintOptions { Paths = ["pod.yaml"], WorkingDirectory = folder.Path, AdditionalAnalyzers = [new MaxReplicas()] });
        return result.Diagnostics
            .Where(d => d.Id == "KL9001" || d.Id == also)
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Start.Line)
            .Select(d => $"{d.Location}: {d.Message}")
            .ToList();
    }

    /// <summary>A custom rule with an integer and a boolean option; it reports the limit it read.</summary>
    private sealed class MaxReplicas : KubeAnalyzer
    {
        public static readonly RuleOption<int> Limit = RuleOption.Integer("maxReplicas", "the most replicas a pod may ask for", 10);

        public static readonly RuleOption<bool> Strict = RuleOption.Boolean("strict", "also count init containers", false);

        public static readonly DiagnosticDescriptor Rule = new("ACME0001", "Replica limit", "replicas at most {0}", "Acme", DiagnosticSeverity.Warning)
        {
            Options = [Limit, Strict],
        };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(
            ctx => ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, ctx.Object.Root.GetMapping("metadata")!["name"]!), ctx.Object, null, ctx.Options.Get(Rule, Limit, ctx.Object.File))),
            "Pod");
    }

    private sealed class Untyped(DiagnosticDescriptor rule) : KubeAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [rule];

        public override void Initialize(AnalysisContext context)
        {
        }
    }
}
