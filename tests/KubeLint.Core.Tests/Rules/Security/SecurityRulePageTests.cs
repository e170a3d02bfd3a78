using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;

namespace KubeLint.Core.Tests.Rules.Security;

public class SecurityRulePageTests
{
    private static readonly List<DiagnosticDescriptor> Descriptors =
        AnalyzerCatalog.CreateBuiltIns().SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).ToList();

    [Fact]
    public void Every_best_practice_and_security_rule_has_a_page_that_states_its_defaults() =>
        Assert.All(Descriptors.Where(d => d.Id.StartsWith("KL4", StringComparison.Ordinal)), d =>
        {
            // A missing page is RulePageTests' finding, with its own message.
            if (RuleHelp.ReadPage(d.Id) is not { } page)
            {
                return;
            }

            Assert.StartsWith($"# {d.Id}: {d.Title}\n", page);
            var row = $"| {d.Category} | {d.DefaultSeverity.ToWord()} | {(d.IsEnabledByDefault ? "yes" : "no")}";
            Assert.Contains(row, page);
            if (d.SecuritySeverity is { } score)
            {
                Assert.Contains(FormattableString.Invariant($" | {score:0.0} |"), page);
            }
        });
}
