using System.Diagnostics;
using System.Text;
using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Engine;

/// <summary>Issue #15: the caps on findings per file and per run, and the closing KL9005 that counts the rest.</summary>
public class FindingLimitsTests
{
    /// <summary>Documents that are no objects (KL0003, an error), one per line pair.</summary>
    private static string NotObjects(int count) => string.Concat(Enumerable.Repeat("---\na: 1\n", count));

    private static LintResult Lint(TempFolder folder, string[] paths, int? perFile = null, int? perRun = null) =>
        new LintEngine().Run(new LintOptions { Paths = paths, WorkingDirectory = folder.Path, MaxFindingsPerFile = perFile, MaxFindingsPerRun = perRun, CustomRules = false });

    [Fact]
    public void A_file_past_its_cap_shows_the_first_findings_and_counts_the_rest_in_one_KL9005_where_the_first_hidden_stood()
    {
        using var folder = new TempFolder();
        folder.Write("many.yaml", NotObjects(5));

        var result = Lint(folder, ["many.yaml"], perFile: 3);

        Assert.Equal(["KL0003 many.yaml(2,1)", "KL0003 many.yaml(4,1)", "KL0003 many.yaml(6,1)", "KL9005 many.yaml(8,1)"],
            result.Diagnostics.Select(d => $"{d.Id} {d.Location}"));
        var closing = result.Diagnostics[^1];
        Assert.Equal(DiagnosticSeverity.Info, closing.Severity);
        Assert.Equal("2 more findings not shown (2 KL0003): the file many.yaml reached its limit of 3; set maxFindingsPerFile in .kubelint.yaml to see more", closing.Message);
        Assert.Equal(5, result.Count(DiagnosticSeverity.Error)); // the summary counts what was not shown
        Assert.Equal(1, result.Count(DiagnosticSeverity.Info));
    }

    [Fact]
    public void A_file_at_its_cap_gets_no_KL9005()
    {
        using var folder = new TempFolder();
        folder.Write("few.yaml", NotObjects(3));

        var result = Lint(folder, ["few.yaml"], perFile: 3);

        Assert.Equal(["KL0003", "KL0003", "KL0003"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal(3, result.Count(DiagnosticSeverity.Error));
    }

    [Fact]
    public void The_run_cap_counts_across_files_and_hidden_errors_still_fail_the_run()
    {
        using var folder = new TempFolder();
        folder.Write("a.yaml", NotObjects(2));
        folder.Write("b.yaml", NotObjects(2));

        var result = Lint(folder, ["a.yaml", "b.yaml"], perRun: 2);

        Assert.Equal(["KL0003 a.yaml(2,1)", "KL0003 a.yaml(4,1)", "KL9005 b.yaml(2,1)"], result.Diagnostics.Select(d => $"{d.Id} {d.Location}"));
        Assert.Equal("2 more findings not shown (2 KL0003): the run reached its limit of 2; set maxFindingsPerRun in .kubelint.yaml to see more", result.Diagnostics[^1].Message);
        Assert.True(result.HasFindingsAtOrAbove(DiagnosticSeverity.Error));
    }

    [Fact]
    public void An_error_that_only_a_cap_hides_still_counts_for_the_exit_code()
    {
        using var folder = new TempFolder();
        // a.yaml sorts first and holds one info (a Deployment of one replica and more); b.yaml holds an error.
        folder.Write("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: Bad_Name}\n");
        folder.Write("b.yaml", "a: 1\n");
        var shown = Lint(folder, ["a.yaml", "b.yaml"]);
        Assert.Equal(["KL0005 a.yaml(3,18)", "KL0003 b.yaml(1,1)"], shown.Diagnostics.Select(d => $"{d.Id} {d.Location}"));

        var capped = Lint(folder, ["a.yaml", "b.yaml"], perRun: 1);

        Assert.Equal(["KL0005 a.yaml(3,18)", "KL9005 b.yaml(1,1)"], capped.Diagnostics.Select(d => $"{d.Id} {d.Location}"));
        Assert.True(capped.HasFindingsAtOrAbove(DiagnosticSeverity.Error));
        Assert.Equal(2, capped.Count(DiagnosticSeverity.Error));
    }

    [Fact]
    public void The_caps_come_from_kubelint_yaml_and_a_bad_value_is_KL9001()
    {
        using var folder = new TempFolder();
        folder.Write(".kubelint.yaml", "maxFindingsPerFile: 1\nmaxFindingsPerRun: many\n");
        folder.Write("many.yaml", NotObjects(3));

        var result = Lint(folder, ["many.yaml"]);

        Assert.Equal(["KL9001 .kubelint.yaml(2,20)", "KL0003 many.yaml(2,1)", "KL9005 many.yaml(4,1)"], result.Diagnostics.Select(d => $"{d.Id} {d.Location}"));
        Assert.Equal("'maxFindingsPerRun' takes a whole number of findings, at least 1", result.Diagnostics[0].Message);
    }

    [Fact]
    public void A_configuration_file_over_one_MiB_is_refused_before_it_is_parsed()
    {
        using var folder = new TempFolder();
        var globs = new StringBuilder("exclude:\n");
        while (globs.Length <= KubeLintConfigLoader.MaxConfigBytes)
        {
            globs.Append("  - \"**/a*b*c*d*e/**\"\n");
        }

        var path = folder.Write(".kubelint.yaml", globs.ToString());
        var clock = Stopwatch.StartNew();
        var e = Assert.Throws<ConfigurationException>(() => KubeLintConfigLoader.Load(path, ".kubelint.yaml"));
        Assert.Equal($"configuration file '.kubelint.yaml' is {new FileInfo(path).Length} bytes; at most 1048576 (1 MiB) are read", e.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");

        // The look-alike: the same patterns, a thousand of them, are read.
        folder.Write(".kubelint.yaml", "exclude:\n" + string.Concat(Enumerable.Repeat("  - \"**/a*b*c*d*e/**\"\n", 1000)));
        Assert.Equal(1000, KubeLintConfigLoader.Load(path, ".kubelint.yaml").Exclude.Count);
    }

    [Fact]
    public void A_million_tiny_documents_end_with_the_default_caps_in_reach()
    {
        // Scaled down for the test suite (the benchmark script runs the million): 50,000 documents, 50,000 KL0003.
        using var folder = new TempFolder();
        folder.Write("tiny.yaml", NotObjects(50_000));
        var clock = Stopwatch.StartNew();

        var result = Lint(folder, ["tiny.yaml"]);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.Equal(FindingLimits.DefaultPerFile + 1, result.Diagnostics.Count);
        Assert.Equal("49000 more findings not shown (49000 KL0003): the file tiny.yaml reached its limit of 1000; set maxFindingsPerFile in .kubelint.yaml to see more", result.Diagnostics[^1].Message);
        Assert.Equal(50_000, result.Count(DiagnosticSeverity.Error));
    }
}
