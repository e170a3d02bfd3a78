using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.CustomRules;

/// <summary>Custom rules compiled from <c>.kubelint/rules/*.cs</c>. Also the pattern for users:
/// lint fixture manifests with the real engine and assert rule IDs and positions.</summary>
public class CustomRuleTests
{
    private const string Manifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          labels:
            app: api
        spec:
          selector:
            matchLabels:
              app: api
          template:
            metadata:
              labels:
                app: api
            spec:
              containers:
              - name: api
                image: nginx:1.27
        """;

    [Fact]
    public void The_sample_rules_fire_at_the_right_lines()
    {
        using var cache = new TempFolder();
        var sample = Path.Combine(SharedData.RepositoryRoot, "samples", "custom-rules");
        var result = Lint(sample, cache.Path, "deploy");

        var found = result.Diagnostics.Where(d => d.Id.StartsWith("ACME", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {d.Location.Path}({d.Location.Start.Line},{d.Location.Start.Column})");
        Assert.Equal(["ACME0001 deploy/web.yaml(6,3)", "ACME0002 deploy/web.yaml(28,9)"], found);
        Assert.False(result.CustomRules.FromCache);

        // The second run loads the cached assembly instead of compiling.
        var again = Lint(sample, cache.Path, "deploy");
        Assert.True(again.CustomRules.FromCache);
        Assert.Equal(2, again.Diagnostics.Count(d => d.Id.StartsWith("ACME", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_syntax_error_is_KL9002_at_its_line_and_the_built_in_rules_still_report()
    {
        using var repo = new TempFolder();
        using var cache = new TempFolder();
        repo.Write(".kubelint/rules/Broken.cs", """
            public sealed class Broken : KubeAnalyzer
            {
                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];
                public override void Initialize(AnalysisContext context)
                {
                    var x = ;
                }
            }
            """);
        repo.Write("bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n");

        var result = Lint(repo.Path, cache.Path, "bad.yaml");

        var error = Assert.Single(result.Diagnostics, d => d.Id == "KL9002");
        Assert.Equal(".kubelint/rules/Broken.cs", error.Location.Path);
        Assert.Equal((6, 17), (error.Location.Start.Line, error.Location.Start.Column));
        Assert.Contains("CS1525", error.Message);
        Assert.True(result.CustomRulesFailed);
        Assert.Contains(result.Diagnostics, d => d.Id == "KL0005");
    }

    [UnixFact]
    public void Links_to_the_rules_folder_itself_and_above_are_walked_once()
    {
        // .NET's recursive listing follows links to folders: two links to '.' made it endless (issue #15).
        using var repo = new TempFolder();
        using var cache = new TempFolder();
        repo.Write(".kubelint/rules/Broken.cs", """
            public sealed class Broken : KubeAnalyzer
            {
                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];
                public override void Initialize(AnalysisContext context)
                {
                    var x = ;
                }
            }
            """);
        Directory.CreateSymbolicLink(Path.Combine(repo.Path, ".kubelint", "rules", "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(repo.Path, ".kubelint", "rules", "again"), ".");
        Directory.CreateSymbolicLink(Path.Combine(repo.Path, ".kubelint", "rules", "up"), "..");
        repo.Write("ok.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n");

        var result = SpecialFiles.Within(120, () => Lint(repo.Path, cache.Path, "ok.yaml"));

        var error = Assert.Single(result.Diagnostics, d => d.Id == "KL9002");
        Assert.Equal(".kubelint/rules/Broken.cs(6,17)", $"{error.Location.Path}({error.Location.Start.Line},{error.Location.Start.Column})");
    }

    [Fact]
    public void A_rule_that_throws_is_KL9003_naming_rule_and_object_and_the_run_goes_on()
    {
        using var repo = new TempFolder();
        using var cache = new TempFolder();
        repo.Write(".kubelint/rules/Throws.cs", """
            public sealed class Throws : KubeAnalyzer
            {
                public static readonly DiagnosticDescriptor Rule = new("ORG0001", "t", "m", "Org", DiagnosticSeverity.Warning);
                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];
                public override void Initialize(AnalysisContext context) =>
                    context.RegisterObjectAction(ctx => throw new InvalidOperationException("boom"), "Deployment");
            }
            """);
        repo.Write("api.yaml", Manifest);

        var result = Lint(repo.Path, cache.Path, "api.yaml");

        var failure = Assert.Single(result.Diagnostics, d => d.Id == "KL9003");
        Assert.Contains("ORG0001", failure.Message);
        Assert.Contains("Deployment/api", failure.Message);
        Assert.Contains("boom", failure.Message);
        Assert.Equal((1, 1), (failure.Location.Start.Line, failure.Location.Start.Column));
    }

    [Fact]
    public void A_rule_with_a_KL_id_is_KL9004_and_does_not_run()
    {
        using var repo = new TempFolder();
        using var cache = new TempFolder();
        repo.Write(".kubelint/rules/Squatter.cs", """
            public sealed class Squatter : KubeAnalyzer
            {
                public static readonly DiagnosticDescriptor Rule = new("KL4999", "t", "m", "Org", DiagnosticSeverity.Error);
                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];
                public override void Initialize(AnalysisContext context) =>
                    context.RegisterObjectAction(ctx => ctx.ReportDiagnostic(Diagnostic.Create(Rule, Location.Of(ctx.Object, ctx.Object.Root))));
            }
            """);
        repo.Write("api.yaml", Manifest);

        var result = Lint(repo.Path, cache.Path, "api.yaml");

        var reserved = Assert.Single(result.Diagnostics, d => d.Id == "KL9004");
        Assert.Equal((1, 21), (reserved.Location.Start.Line, reserved.Location.Start.Column)); // the class, issue #16
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KL4999");
    }

    [Fact]
    public void Custom_rules_can_be_switched_off()
    {
        using var cache = new TempFolder();
        var sample = Path.Combine(SharedData.RepositoryRoot, "samples", "custom-rules");
        var result = new LintEngine().Run(new LintOptions { Paths = ["deploy"], WorkingDirectory = sample, CacheDirectory = cache.Path, CustomRules = false });
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("ACME", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(cache.Path));
    }

    private static LintResult Lint(string folder, string cache, params string[] paths) =>
        new LintEngine().Run(new LintOptions { Paths = paths, WorkingDirectory = folder, CacheDirectory = cache });
}
