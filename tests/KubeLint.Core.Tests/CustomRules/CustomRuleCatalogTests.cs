using KubeLint.Core.CustomRules;
using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.CustomRules;

/// <summary>Issue #16: custom rules listed with the file that declares them, and KL9004 at the class that declares
/// the reserved ID rather than wherever its text first occurs.</summary>
public class CustomRuleCatalogTests
{
    [Fact]
    public void The_sample_rules_are_listed_with_their_source_files()
    {
        using var cache = new TempFolder();
        var sample = Path.Combine(SharedData.RepositoryRoot, "samples", "custom-rules");
        var listing = CustomRuleCatalog.List(sample, cache.Path);
        Assert.Equal(
            ["ACME0001 Workload has no team label .kubelint/rules/RequireTeamLabel.cs", "ACME0002 NodePort Service in a production namespace .kubelint/rules/NoNodePortInProduction.cs"],
            listing.Rules.Select(r => $"{r.Descriptor.Id} {r.Descriptor.Title} {r.Source}"));
        Assert.Empty(listing.Problems);
    }

    [Fact]
    public void A_folder_without_custom_rules_lists_none()
    {
        using var repo = new TempFolder();
        Directory.CreateDirectory(Path.Combine(repo.Path, ".git"));
        var listing = CustomRuleCatalog.List(repo.Path, repo.Path);
        Assert.Empty(listing.Rules);
        Assert.Empty(listing.Problems);
    }

    [Fact]
    public void KL9004_stands_at_the_class_even_when_the_id_is_written_in_another_file()
    {
        using var repo = new TempFolder();
        using var cache = new TempFolder();
        repo.Write(".kubelint/rules/Ids.cs", "public static class Ids\n{\n    public const string Reserved = \"KL4999\";\n}\n");
        repo.Write(".kubelint/rules/Squatter.cs", """
            // A comment naming Squatter first.
            public sealed class Squatter : KubeAnalyzer
            {
                public static readonly DiagnosticDescriptor Rule = new(Ids.Reserved, "t", "m", "Org", DiagnosticSeverity.Error);
                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];
                public override void Initialize(AnalysisContext context) { }
            }
            """);
        repo.Write("ok.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n");
        var result = new LintEngine().Run(new LintOptions { Paths = ["ok.yaml"], WorkingDirectory = repo.Path, CacheDirectory = cache.Path });
        var reserved = Assert.Single(result.Diagnostics, d => d.Id == "KL9004");
        Assert.Equal(".kubelint/rules/Squatter.cs", reserved.Location.Path);
        Assert.Equal((2, 21, 2, 29), (reserved.Location.Start.Line, reserved.Location.Start.Column, reserved.Location.End.Line, reserved.Location.End.Column));
    }
}
