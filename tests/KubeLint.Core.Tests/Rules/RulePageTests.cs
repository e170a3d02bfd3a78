using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Rules.Security;

namespace KubeLint.Core.Tests.Rules;

/// <summary>Every best-practice and security rule has a page (rules/ID.md, embedded for <c>kubelint explain</c>)
/// whose heading and table match its descriptor. A failure names the rule, the file and what to write:
/// it used to be "Value is null", from a test class named after security scores.</summary>
public class RulePageTests
{
    [Fact]
    public void Every_best_practice_and_security_rule_has_a_page_that_states_its_defaults()
    {
        var problems = AnalyzerCatalog.CreateBuiltIns()
            .SelectMany(a => a.SupportedDiagnostics)
            .DistinctBy(d => d.Id)
            .Where(d => d.Id.StartsWith("KL4", StringComparison.Ordinal))
            .SelectMany(ProblemsOf)
            .ToList();

        if (problems.Count > 0)
        {
            Assert.Fail(string.Join('\n', problems));
        }
    }

    [Fact]
    public void Names_a_missing_page_and_a_page_that_disagrees_with_its_descriptor()
    {
        var unpaged = new DiagnosticDescriptor("KL4999", "Not a real rule", "m", RuleCategories.BestPractice, DiagnosticSeverity.Info);
        var retitled = new DiagnosticDescriptor("KL4003", "Another title", "m", RuleCategories.BestPractice, DiagnosticSeverity.Warning);

        Assert.Equal(["KL4999 has no page: write rules/KL4999.md (CONTRIBUTING.md, \"Adding a rule\")"], ProblemsOf(unpaged));
        Assert.Equal(
            [
                "rules/KL4003.md does not start with the descriptor's title: \"# KL4003: Another title\"",
                "rules/KL4003.md does not state the descriptor's defaults: \"| BestPractice | warning | yes\"",
            ],
            ProblemsOf(retitled));
        Assert.Empty(ProblemsOf(Core.Rules.BestPractice.KL4003MissingMemoryLimitAnalyzer.Rule));
    }

    private static IEnumerable<string> ProblemsOf(DiagnosticDescriptor rule)
    {
        var file = $"rules/{rule.Id}.md";
        if (RuleHelp.ReadPage(rule.Id) is not { } page)
        {
            yield return $"{rule.Id} has no page: write {file} (CONTRIBUTING.md, \"Adding a rule\")";
            yield break;
        }

        var heading = $"# {rule.Id}: {rule.Title}";
        if (!page.StartsWith(heading + "\n", StringComparison.Ordinal))
        {
            yield return $"{file} does not start with the descriptor's title: \"{heading}\"";
        }

        var row = $"| {rule.Category} | {rule.DefaultSeverity.ToWord()} | {(rule.IsEnabledByDefault ? "yes" : "no")}";
        if (!page.Contains(row, StringComparison.Ordinal))
        {
            yield return $"{file} does not state the descriptor's defaults: \"{row}\"";
        }

        if (rule.SecuritySeverity is { } score && !page.Contains(FormattableString.Invariant($" | {score:0.0} |"), StringComparison.Ordinal))
        {
            yield return FormattableString.Invariant($"{file} does not state the security severity {score:0.0} in its table");
        }
    }
}
