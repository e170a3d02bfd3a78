using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules;

/// <summary>Keeps <c>rules/AnalyzerReleases.Shipped.md</c>, then <c>AnalyzerReleases.Unshipped.md</c> (the rules
/// and changes of the release in the making), and the built-in descriptors in step, as
/// Roslyn's release tracking does for analyzers.</summary>
public class AnalyzerReleasesTests
{
    private sealed record RuleState(string Category, string Severity, string Enabled);

    [Fact]
    public void Every_rule_is_shipped_with_its_category_severity_and_state()
    {
        var rules = Path.Combine(RepoPaths.Root, "rules");
        var (shipped, removed) = Read(File.ReadAllLines(Path.Combine(rules, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(rules, "AnalyzerReleases.Unshipped.md"))));
        var descriptors = AnalyzerCatalog.CreateBuiltIns().SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).ToList();

        var problems = new List<string>();
        foreach (var descriptor in descriptors)
        {
            var actual = new RuleState(descriptor.Category, descriptor.DefaultSeverity.ToWord(), descriptor.IsEnabledByDefault ? "yes" : "no");
            if (!shipped.TryGetValue(descriptor.Id, out var listed))
            {
                problems.Add($"{descriptor.Id} is not listed; add it under the next release's '### New Rules' as | {descriptor.Id} | {actual.Category} | {actual.Severity} | {actual.Enabled} | {descriptor.Title} |");
            }
            else if (listed != actual)
            {
                problems.Add($"{descriptor.Id} is listed as {listed} but is {actual}; record the change under '### Changed Rules'");
            }
        }

        var ids = descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(shipped.Keys.Where(id => !ids.Contains(id)).Select(id => $"{id} is listed but no analyzer declares it; record it under '### Removed Rules'"));
        problems.AddRange(removed.Where(ids.Contains).Select(id => $"{id} is listed as removed but still exists; IDs are never reused"));
        // Whole sentences: Assert.Empty cuts each item to 50 characters, before it says where to add the row.
        if (problems.Count > 0)
        {
            Assert.Fail(string.Join('\n', problems));
        }
    }

    [Fact]
    public void The_reader_follows_changes_and_rejects_inconsistent_tables()
    {
        var (shipped, removed) = Read(
        [
            "## Release 0.1.0", "### New Rules", "| Rule ID | Category | Severity | Enabled | Notes |", "|---|---|---|---|---|",
            "| KL4001 | BestPractice | info | yes | t |", "| KL4002 | BestPractice | info | yes | t |",
            "## Release 0.2.0", "### Changed Rules", "| KL4001 | BestPractice | warning | yes | BestPractice | info | yes | t |",
            "### Removed Rules", "| KL4002 | BestPractice | info | yes | t |",
        ]);
        Assert.Equal(new RuleState("BestPractice", "warning", "yes"), shipped["KL4001"]);
        Assert.Equal(["KL4002"], removed);
        Assert.Throws<InvalidDataException>(() => Read(["### Changed Rules", "| KL4999 | Security | info | yes | Security | warning | yes | t |"]));
        Assert.Throws<InvalidDataException>(() => Read(["### New Rules", "| KL4001 | Security | info | yes | t |", "| KL4001 | Security | info | yes | t |"]));
    }

    /// <summary>The latest state of every listed rule, and the removed IDs.</summary>
    private static (Dictionary<string, RuleState> Shipped, List<string> Removed) Read(IEnumerable<string> lines)
    {
        var shipped = new Dictionary<string, RuleState>(StringComparer.Ordinal);
        var removed = new List<string>();
        var section = string.Empty;
        foreach (var line in lines.Select(l => l.Trim()))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                section = line[4..].Trim();
                continue;
            }

            if (!line.StartsWith("| KL", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            var id = cells[0];
            switch (section)
            {
                case "New Rules" when !shipped.ContainsKey(id) && !removed.Contains(id):
                    shipped[id] = new RuleState(cells[1], cells[2], cells[3]);
                    break;
                case "Changed Rules" when shipped.TryGetValue(id, out var old) && old == new RuleState(cells[4], cells[5], cells[6]):
                    shipped[id] = new RuleState(cells[1], cells[2], cells[3]);
                    break;
                case "Removed Rules" when shipped.Remove(id):
                    removed.Add(id);
                    break;
                default:
                    throw new InvalidDataException($"'{line}' under '### {section}' does not follow from the releases above it");
            }
        }

        return (shipped, removed);
    }
}
