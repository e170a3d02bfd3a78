using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Rules.BestPractice;
using KubeLint.Core.Rules.Security;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Testing;
using Verify = KubeLint.Testing.AnalyzerVerifier<KubeLint.Core.Rules.Engine.KL9001ConfigurationAnalyzer>;

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
    public Task An_unknown_option_is_reported_at_its_key_with_the_nearest_declared_name() => Verify.VerifyAsync(Test(config: """
        rules:
          KL4001:
            {|#0:ignoredImagse|}: [nginx]
            ignoredContainers: [debug]
          KL0002:
            {|#1:strict|}: true
        """,
        expected:
        [
            Verify.Diagnostic().WithLocation(0).WithArguments("'ignoredImagse' in rules.KL4001 is not an option of KL4001; did you mean 'ignoredImages'? (its options: ignoredImages, ignoredContainers)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'strict' in rules.KL0002 is not an option of KL0002, which has none"),
        ]));

    [Fact]
    public Task A_value_of_the_wrong_type_is_reported_at_the_value() => Verify.VerifyAsync(Test(config: """
        rules:
          KL4001:
            ignoredImages: {|#0:{nginx: true}|}
          KL4013:
            ignoredNames: {|#1:[PASSWORD, [nested]]|}
        """,
        expected:
        [
            Verify.Diagnostic().WithLocation(0).WithArguments("'ignoredImages' of KL4001 expects a list of strings (a sequence, or one comma-separated value), not a mapping"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'ignoredNames' of KL4013 expects a list of strings; an item is not a string"),
        ]));

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
        var result = EngineRun.Lint(folder.Path, ["pod.yaml"]);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KL9001");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KL4001"); // nginx is ignored, so the option was read
        Assert.Equal(["nginx", "redis"], result.Options.Get(KL4001ImageTagAnalyzer.Rule, KL4001ImageTagAnalyzer.IgnoredImages));
    }

    [Fact]
    public void Reading_an_option_the_rule_does_not_declare_throws()
    {
        using var folder = new TempFolder();
        folder.Write("pod.yaml", Manifest);
        var result = EngineRun.Lint(folder.Path, ["pod.yaml"]);
        var error = Assert.Throws<InvalidOperationException>(() => result.Options.Get(KL4001ImageTagAnalyzer.Rule, KL4013LiteralSecretEnvAnalyzer.IgnoredNames));
        Assert.Contains("KL4001 reads the option 'ignoredNames' without declaring it", error.Message);
    }

    [Fact]
    public Task Editorconfig_options_are_checked_by_name_without_case_and_by_type() => Verify.VerifyAsync(Test(editorConfig: """
        root = true

        [*.yaml]
        kubelint.kl4001.{|#0:ignoredimagse|} = nginx
        kubelint.KL4001.IGNOREDIMAGES = nginx
        kubelint.ACME0001.maxReplicas = {|#1:abc|}
        kubelint.ACME0001.strict = {|#2:yes|}
        kubelint.ACME0001.strict = false
        """,
        expected:
        [
            Verify.Diagnostic().WithLocation(0).WithArguments("'kubelint.kl4001.ignoredimagse' is not an option of KL4001; did you mean 'ignoredImages'? (its options: ignoredImages, ignoredContainers)"),
            Verify.Diagnostic().WithLocation(1).WithArguments("'kubelint.ACME0001.maxReplicas' expects an integer, not 'abc'"),
            Verify.Diagnostic().WithLocation(2).WithArguments("'kubelint.ACME0001.strict' expects true or false, not 'yes'"),
        ]));

    // The custom rule reads the default when its configured value is ill-typed, and the value when it is well-typed.
    [Fact]
    public async Task A_custom_rule_s_integer_option_is_checked_and_read()
    {
        await Verify.VerifyAsync(Test(
            config: "rules:\n  ACME0001:\n    maxReplicas: {|#0:abc|}\n",
            limitRead: 10,
            expected: [Verify.Diagnostic().WithLocation(0).WithArguments("'maxReplicas' of ACME0001 expects an integer, not 'abc'")]));
        await Verify.VerifyAsync(Test(config: "rules:\n  ACME0001:\n    maxReplicas: 5\n", limitRead: 5));
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

    /// <summary>KL9001's test on <see cref="Manifest"/> as <c>pod.yaml</c>, with the custom rule <see cref="MaxReplicas"/>
    /// beside it: its options are checked too, and its finding at the pod's name shows <paramref name="limitRead"/>.</summary>
    private static AnalyzerTest Test(string? config = null, string? editorConfig = null, int limitRead = 10, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { Sources = { ("pod.yaml", Manifest) }, Configuration = config, AdditionalAnalyzers = { new MaxReplicas() } };
        if (editorConfig is not null)
        {
            test.AdditionalFiles.Add((".editorconfig", editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("ACME0001").WithSpan("pod.yaml", 4, 9, 4, 12).WithArguments(limitRead));
        return test;
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
