using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Rules.Security;

namespace KubeLint.Core.Tests.Rules.Security;

public class SecuritySeverityTests
{
    private static readonly List<DiagnosticDescriptor> Descriptors =
        AnalyzerCatalog.CreateBuiltIns().SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).ToList();

    [Fact]
    public void Every_security_rule_is_tagged_and_scored()
    {
        var security = Descriptors.Where(d => d.Category == RuleCategories.Security).ToList();
        Assert.NotEmpty(security);
        Assert.All(security, d => Assert.Contains(SecuritySeverity.Tag, d.CustomTags));
        Assert.All(Descriptors.Where(d => d.CustomTags.Contains(SecuritySeverity.Tag)), d => Assert.InRange(SecuritySeverity.For(d.Id) ?? -1, 0.1, 10.0));
    }

    [Fact]
    public void Every_score_belongs_to_a_tagged_rule() =>
        Assert.All(SecuritySeverity.Scores.Keys, id => Assert.Contains(Descriptors, d => d.Id == id && d.CustomTags.Contains(SecuritySeverity.Tag)));

    [Fact]
    public void Every_best_practice_and_security_rule_has_a_page_that_states_its_defaults() =>
        Assert.All(Descriptors.Where(d => d.Id.StartsWith("KL4", StringComparison.Ordinal)), d =>
        {
            var page = RuleHelp.ReadPage(d.Id);
            Assert.NotNull(page);
            Assert.StartsWith($"# {d.Id}: {d.Title}\n", page);
            var row = $"| {d.Category} | {d.DefaultSeverity.ToWord()} | {(d.IsEnabledByDefault ? "yes" : "no")}";
            Assert.Contains(row, page);
            if (SecuritySeverity.For(d.Id) is { } score)
            {
                Assert.Contains(FormattableString.Invariant($" | {score:0.0} |"), page);
            }
        });
}
