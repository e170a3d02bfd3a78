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
}
