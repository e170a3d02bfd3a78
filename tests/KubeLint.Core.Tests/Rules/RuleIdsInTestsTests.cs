using System.Text.RegularExpressions;
using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Rules;

/// <summary>
/// Whole-run tests (<c>EngineRun</c>, <c>ClusterRun</c>) pick their findings with <c>d.Id == "KL…"</c>; unlike the
/// type-bound verifier, nothing there refuses an ID that no rule declares, so a mistyped one would make a negative
/// assertion pass on nothing. This holds every such filter in the test projects to a declared rule: a built-in one,
/// or one the same file declares (a test's own descriptor).
/// </summary>
public sealed partial class RuleIdsInTestsTests
{
    [Fact]
    public void Every_rule_ID_a_test_filters_findings_by_is_declared()
    {
        var builtIn = AnalyzerCatalog.CreateBuiltIns().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = new List<string>();
        var filters = 0;
        foreach (var file in TestSources())
        {
            var text = File.ReadAllText(file);
            var declaredHere = Declared().Matches(text).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
            foreach (Match filter in Filter().Matches(text))
            {
                filters++;
                var id = filter.Groups["id"].Value;
                if (!builtIn.Contains(id) && !declaredHere.Contains(id))
                {
                    unknown.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: {filter.Value}");
                }
            }
        }

        Assert.True(filters > 50, $"only {filters} filters found: is the pattern still the one the tests use?");
        Assert.True(unknown.Count == 0, "filters on rule IDs no rule declares:\n" + string.Join("\n", unknown));
    }

    [Theory]
    [InlineData("Assert.DoesNotContain(r, d => d.Id == \"KL4003\");", "KL4003")]
    [InlineData("x.Where(d => d.Id is \"KL0001\")", "KL0001")]
    [InlineData("Assert.Single(r, d => d.Id != \"KL3001\")", "KL3001")]
    public void The_filter_pattern_finds_each_form(string code, string id) =>
        Assert.Equal(id, Assert.Single(Filter().Matches(code)).Groups["id"].Value);

    [Fact]
    public void A_descriptor_declared_in_the_file_counts_and_a_mention_does_not()
    {
        Assert.Equal("KL4999", Assert.Single(Declared().Matches("Rule = new(\"KL4999\", \"t\", \"m\", \"Org\", DiagnosticSeverity.Error);")).Groups["id"].Value);
        Assert.Equal("KL4998", Assert.Single(Declared().Matches("new DiagnosticDescriptor(\"KL4998\", \"t\"")).Groups["id"].Value);
        Assert.Empty(Declared().Matches("Assert.DoesNotContain(r, d => d.Id == \"KL4999\");"));
    }

    private static IEnumerable<string> TestSources() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"\bId\s*(?:==|!=|is)\s*""(?<id>KL\d{4})""")]
    private static partial Regex Filter();

    [GeneratedRegex(@"new(?:\s+DiagnosticDescriptor)?\(\s*""(?<id>KL\d{4})""")]
    private static partial Regex Declared();
}
