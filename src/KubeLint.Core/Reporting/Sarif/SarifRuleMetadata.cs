using System.Globalization;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Reporting.Sarif;

/// <summary>
/// What SARIF and GitHub code scanning want to know about a rule beyond its descriptor:
/// level, precision, <c>problem.severity</c>, tags and, for security rules only, a
/// <c>security-severity</c> score.
/// </summary>
/// <remarks>
/// Rules opt in with custom tags on their descriptor: <c>security</c> marks a security rule,
/// <c>security-severity:8.0</c> gives its score (0.0–10.0, GitHub reads &gt;= 9 as critical,
/// &gt;= 7 high, &gt;= 4 medium, else low) and <c>precision:high</c> overrides the precision.
/// A rule's score is its <see cref="DiagnosticDescriptor.SecuritySeverity"/> (else a <c>security-severity:</c> tag); a security rule
/// without a score gets <see cref="DefaultSecuritySeverity"/> for its default severity.
/// </remarks>
internal static class SarifRuleMetadata
{
    public const string SecurityTag = RuleTags.Security;
    public const string SecuritySeverityTagPrefix = "security-severity:";
    public const string PrecisionTagPrefix = "precision:";

    private static readonly string[] Precisions = ["very-high", "high", "medium", "low"];

    /// <summary>SARIF's <c>level</c> for a severity.</summary>
    /// <remarks>A hidden rule is written as <c>note</c>: GitHub code scanning takes only note, warning and error
    /// (SARIF's <c>none</c> makes it refuse the rule's configuration).</remarks>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>GitHub's <c>problem.severity</c>: error, warning or recommendation.</summary>
    public static string ProblemSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "recommendation",
    };

    /// <summary>
    /// How often a finding is a real problem. Input, API, network, cross-object and engine rules
    /// check facts (a schema, a CIDR, a selector), so they are very-high; best-practice and
    /// security rules judge intent, so they are high unless a rule says otherwise.
    /// </summary>
    public static string Precision(DiagnosticDescriptor rule)
    {
        var tagged = TagValue(rule, PrecisionTagPrefix);
        if (tagged is not null && Precisions.Contains(tagged, StringComparer.OrdinalIgnoreCase))
        {
            return tagged.ToLowerInvariant();
        }

        return rule.Category is RuleCategories.BestPractice or RuleCategories.Security ? "high" : "very-high";
    }

    public static bool IsSecurityRule(DiagnosticDescriptor rule) =>
        rule.CustomTags.Any(t => string.Equals(t, SecurityTag, StringComparison.OrdinalIgnoreCase));

    /// <summary>The score for a security rule as GitHub wants it (a string such as "7.5"), else null.</summary>
    public static string? SecuritySeverity(DiagnosticDescriptor rule)
    {
        if (!IsSecurityRule(rule))
        {
            return null;
        }

        // The descriptor's own score, which the rule's page also shows.
        if (rule.SecuritySeverity is { } declared)
        {
            return declared.ToString("0.0", CultureInfo.InvariantCulture);
        }

        var tagged = TagValue(rule, SecuritySeverityTagPrefix);
        if (tagged is not null
            && double.TryParse(tagged, NumberStyles.Float, CultureInfo.InvariantCulture, out var score)
            && score is >= 0 and <= 10)
        {
            return score.ToString("0.0", CultureInfo.InvariantCulture);
        }

        return DefaultSecuritySeverity(rule.DefaultSeverity);
    }

    /// <summary>The documented default scores: error 8.0 (high), warning 5.0 (medium), otherwise 2.0 (low).</summary>
    public static string DefaultSecuritySeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "8.0",
        DiagnosticSeverity.Warning => "5.0",
        _ => "2.0",
    };

    /// <summary>The rule's tags for <c>properties.tags</c>: its category plus its plain custom tags
    /// (the <c>key:value</c> tags above are settings, not labels). A tag that differs from another only in case
    /// is given once: the security rules' category <c>Security</c> gives way to the <c>security</c> tag GitHub reads.</summary>
    public static IEnumerable<string> Tags(DiagnosticDescriptor rule)
    {
        var custom = rule.CustomTags.Where(t => !t.StartsWith(SecuritySeverityTagPrefix, StringComparison.OrdinalIgnoreCase)
                                               && !t.StartsWith(PrecisionTagPrefix, StringComparison.OrdinalIgnoreCase)).ToList();
        var category = custom.Contains(rule.Category, StringComparer.OrdinalIgnoreCase) ? [] : new[] { rule.Category };
        return category.Concat(custom).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    private static string? TagValue(DiagnosticDescriptor rule, string prefix) =>
        rule.CustomTags.FirstOrDefault(t => t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))?[prefix.Length..].Trim();
}
