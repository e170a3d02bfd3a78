using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Tests.Rules.Declarations;

/// <summary>What <c>kubelint rule-pages</c> writes into a page (<see cref="RulePage"/>): the heading, the facts table
/// and the options table from the descriptor, the prose as it was.</summary>
public class RulePageGenerationTests
{
    private static readonly RuleOption IgnoredThings = RuleOption.StringList("ignoredThings", "things not to check: exact, or a prefix ending with * (a|b)");

    private static readonly DiagnosticDescriptor Scored = new("KL4998", "A scored rule", "m", RuleCategories.Security, DiagnosticSeverity.Warning, customTags: RuleTags.Security)
    {
        SecuritySeverity = 7.5,
        Options = [IgnoredThings, RuleOption.Integer("maxThings", "the most things", 3)],
    };

    private static readonly DiagnosticDescriptor Plain = new("KL4999", "A plain rule", "m", RuleCategories.BestPractice, DiagnosticSeverity.Info, isEnabledByDefault: false);

    private const string ScoredPage = """
        # KL4998: A scored rule

        | Category | Default severity | Enabled | Security severity |
        |---|---|---|---|
        | Security | warning | yes | 7.5 |

        ## What it finds
        Things.

        ## Options
        | option | type | default | meaning |
        |---|---|---|---|
        | `ignoredThings` | list of strings | none | things not to check: exact, or a prefix ending with \* (a\|b) |
        | `maxThings` | integer | `3` | the most things |

        In `.editorconfig`: `kubelint.KL4998.ignoredThings = a, b`.

        ## Suppression
        `# kubelint-disable-next-line KL4998 -- reason`.

        """;

    [Fact]
    public void Leaves_a_page_that_agrees_with_its_descriptor_as_it_is() => Assert.Equal(ScoredPage, RulePage.Generate(ScoredPage, Scored));

    [Fact]
    public void Rewrites_a_drifted_heading_and_facts_table_and_keeps_the_prose()
    {
        var drifted = ScoredPage.Replace("# KL4998: A scored rule", "# KL4998: An old title", StringComparison.Ordinal)
            .Replace("| Security | warning | yes | 7.5 |", "| Security | error | no | 5.0 |", StringComparison.Ordinal);
        Assert.Equal(ScoredPage, RulePage.Generate(drifted, Scored));
    }

    [Fact]
    public void Drops_the_score_column_of_a_rule_without_a_score_and_keeps_a_remark_after_a_fact()
    {
        var page = "# KL4999: A plain rule\n\n| Category | Default severity | Enabled | Security severity |\n|---|---|---|---|\n"
                   + "| Security | info (warning with `--complete`) | yes (inactive until configured) | 3.0 |\n\n## What it finds\nThings.\n";
        Assert.Equal(
            "# KL4999: A plain rule\n\n| Category | Default severity | Enabled |\n|---|---|---|\n"
            + "| BestPractice | info (warning with `--complete`) | no (inactive until configured) |\n\n## What it finds\nThings.\n",
            RulePage.Generate(page, Plain));
    }

    [Fact]
    public void Makes_an_options_line_the_table_of_the_declared_options_keeping_what_follows()
    {
        var page = ScoredPage.Replace(
            "| option | type | default | meaning |\n|---|---|---|---|\n| `ignoredThings` | list of strings | none | things not to check: exact, or a prefix ending with \\* (a\\|b) |\n| `maxThings` | integer | `3` | the most things |\n",
            "`ignoredThings`: things not to check.\n",
            StringComparison.Ordinal);
        Assert.NotEqual(ScoredPage, page);
        Assert.Equal(ScoredPage, RulePage.Generate(page, Scored));
    }

    [Fact]
    public void Adds_an_options_section_before_the_suppression_section_and_removes_one_the_rule_no_longer_has()
    {
        const string Bare = "# KL4999: A plain rule\n\n| Category | Default severity | Enabled |\n|---|---|---|\n| BestPractice | info | no |\n\n## Fix\nDo.\n\n## Suppression\nA comment.\n";
        var withOption = new DiagnosticDescriptor("KL4999", "A plain rule", "m", RuleCategories.BestPractice, DiagnosticSeverity.Info, isEnabledByDefault: false)
        {
            Options = [RuleOption.Boolean("strict", "also report the rare case", false)],
        };
        const string WithOptions = "# KL4999: A plain rule\n\n| Category | Default severity | Enabled |\n|---|---|---|\n| BestPractice | info | no |\n\n## Fix\nDo.\n\n"
                                   + "## Options\n| option | type | default | meaning |\n|---|---|---|---|\n| `strict` | boolean | `false` | also report the rare case |\n\n## Suppression\nA comment.\n";
        Assert.Equal(WithOptions, RulePage.Generate(Bare, withOption));
        Assert.Equal(Bare, RulePage.Generate(WithOptions, Plain));

        // Prose under the heading is the author's: only the table goes.
        var withProse = WithOptions.Replace("\n\n## Suppression", "\n\nSee also the cluster flags.\n\n## Suppression", StringComparison.Ordinal);
        Assert.Equal(Bare.Replace("## Suppression", "## Options\nSee also the cluster flags.\n\n## Suppression", StringComparison.Ordinal), RulePage.Generate(withProse, Plain));
    }

    [Fact]
    public void Adds_the_heading_and_table_to_a_page_without_them_and_an_options_section_at_the_end()
    {
        var withOption = new DiagnosticDescriptor("KL4999", "A plain rule", "m", RuleCategories.BestPractice, DiagnosticSeverity.Info, isEnabledByDefault: false)
        {
            Options = [RuleOption.String("mode", "how to check", "fast")],
        };
        Assert.Equal(
            "# KL4999: A plain rule\n\n| Category | Default severity | Enabled |\n|---|---|---|\n| BestPractice | info | no |\n\n## What it finds\nThings.\n\n"
            + "## Options\n| option | type | default | meaning |\n|---|---|---|---|\n| `mode` | string | `fast` | how to check |\n",
            RulePage.Generate("## What it finds\nThings.\n", withOption));
    }

    [Fact]
    public void States_tags_other_than_the_security_tag_of_a_scored_rule()
    {
        var tagged = new DiagnosticDescriptor("KL4999", "A plain rule", "m", RuleCategories.BestPractice, DiagnosticSeverity.Info, isEnabledByDefault: false, customTags: "experimental");
        Assert.StartsWith(
            "# KL4999: A plain rule\n\n| Category | Default severity | Enabled | Tags |\n|---|---|---|---|\n| BestPractice | info | no | `experimental` |\n\n",
            RulePage.Generate("# KL4999: A plain rule\n\n## What it finds\nThings.\n", tagged),
            StringComparison.Ordinal);
        Assert.DoesNotContain("Tags", RulePage.Generate(ScoredPage, Scored), StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_crlf_line_breaks_of_a_page()
    {
        var crlf = ScoredPage.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(crlf, RulePage.Generate(crlf.Replace("| Security | warning | yes | 7.5 |", "| Security | info | yes | 7.5 |", StringComparison.Ordinal), Scored));
    }
}
