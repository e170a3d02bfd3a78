using System.Diagnostics;
using System.Text.Json;

namespace KubeLint.Cli.Tests;

/// <summary>Issue #15's budgets, through the built CLI as a process: the exit code, the finding, and that the run ends
/// quickly, on generated inputs. The memory-heavy sizes (1,000,000 documents, 2,000 Deployments) are in
/// tests/bench/budgets.sh, which measures peak memory.</summary>
public class BudgetTests
{
    [Theory]
    [InlineData(20_000)] // past the per-file cap: 1,000 shown, one KL9005 counting the rest
    [InlineData(1_000)] // the look-alike: at the cap, everything shown and no KL9005
    public void Tiny_documents_past_the_per_file_cap_end_in_one_KL9005_and_still_fail(int count)
    {
        var repo = Directory.CreateTempSubdirectory("kubelint-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(repo, "tiny.yaml"), string.Concat(Enumerable.Repeat("---\na: 1\n", count)));
            var clock = Stopwatch.StartNew();

            var (exit, stdout, _) = KubelintProcess.Run(repo, null, TimeSpan.FromSeconds(120), "--no-custom-rules", "-f", "json", "tiny.yaml");

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"took {clock.Elapsed}");
            Assert.Equal(1, exit);
            using var json = JsonDocument.Parse(stdout);
            var ids = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("ruleId").GetString()).ToList();
            Assert.Equal(1000, ids.Count(id => id == "KL0003"));
            Assert.Equal(count, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
            var closing = json.RootElement.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("ruleId").GetString() == "KL9005").ToList();
            if (count > 1000)
            {
                var only = Assert.Single(closing);
                Assert.Equal($"{count - 1000} more findings not shown ({count - 1000} KL0003): the file tiny.yaml reached its limit of 1000; set maxFindingsPerFile in .kubelint.yaml to see more", only.GetProperty("message").GetString());
                Assert.Equal(2002, only.GetProperty("line").GetInt32());
            }
            else
            {
                Assert.Empty(closing);
            }
        }
        finally
        {
            Directory.Delete(repo, true);
        }
    }

    [Theory]
    [InlineData("app: web", 1)] // one selector shared by all: one KL3005 for the group
    [InlineData("app: web{0}", 0)] // the look-alike: a selector each, no overlap
    public void A_thousand_deployments_sharing_one_selector_give_one_KL3005_quickly(string labels, int expected)
    {
        var repo = Directory.CreateTempSubdirectory("kubelint-cli-").FullName;
        try
        {
            var documents = Enumerable.Range(0, 1000).Select(i =>
            {
                var label = string.Format(System.Globalization.CultureInfo.InvariantCulture, labels, i);
                return $"---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {{name: d{i}}}\nspec:\n  selector: {{matchLabels: {{{label}}}}}\n"
                    + $"  template:\n    metadata: {{labels: {{{label}}}}}\n    spec:\n      containers: [{{name: c, image: \"nginx:1.27\"}}]\n";
            });
            File.WriteAllText(Path.Combine(repo, "deployments.yaml"), string.Concat(documents));
            var clock = Stopwatch.StartNew();

            var (exit, stdout, _) = KubelintProcess.Run(repo, null, TimeSpan.FromSeconds(120), "--no-custom-rules", "-f", "json", "deployments.yaml");

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"took {clock.Elapsed}");
            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(stdout);
            var overlaps = json.RootElement.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("ruleId").GetString() == "KL3005").ToList();
            Assert.Equal(expected, overlaps.Count);
            if (expected == 1)
            {
                Assert.StartsWith("Deployment/d999 and 999 other controllers (Deployment/d0, Deployment/d1, Deployment/d2 and 996 more) overlap", overlaps[0].GetProperty("message").GetString(), StringComparison.Ordinal);
                Assert.Equal(10, overlaps[0].GetProperty("relatedLocations").GetArrayLength());
            }
        }
        finally
        {
            Directory.Delete(repo, true);
        }
    }
}
