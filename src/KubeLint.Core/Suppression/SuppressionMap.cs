using KubeLint.Core.Text;

namespace KubeLint.Core.Suppression;

/// <summary>The lines of one file on which comment directives switch rules off.</summary>
internal sealed class SuppressionMap
{
    public static readonly SuppressionMap Empty = new([], []);

    private readonly List<LineRule> _lines;
    private readonly List<RangeRule> _ranges;

    internal SuppressionMap(List<LineRule> lines, List<RangeRule> ranges)
    {
        _lines = lines;
        _ranges = ranges;
    }

    /// <summary>Every directive, for KL9001's check of the rule IDs they name.</summary>
    public IReadOnlyList<SuppressionDirective> Directives { get; internal init; } = [];

    /// <summary>Finds the directive that suppresses <paramref name="ruleId"/> on <paramref name="line"/>.</summary>
    public bool IsSuppressed(string ruleId, int line, out string? justification)
    {
        foreach (var rule in _lines)
        {
            if (rule.Line == line && rule.Matches(ruleId))
            {
                justification = rule.Directive.Justification;
                return true;
            }
        }

        foreach (var range in _ranges)
        {
            if (line >= range.FromLine && line <= range.ToLine && range.Matches(ruleId))
            {
                justification = range.Directive.Justification;
                return true;
            }
        }

        justification = null;
        return false;
    }

    internal sealed record LineRule(int Line, string? RuleId, SuppressionDirective Directive)
    {
        public bool Matches(string id) => RuleId is null || string.Equals(RuleId, id, StringComparison.OrdinalIgnoreCase);
    }

    internal sealed record RangeRule(int FromLine, int ToLine, string? RuleId, SuppressionDirective Directive)
    {
        public bool Matches(string id) => RuleId is null || string.Equals(RuleId, id, StringComparison.OrdinalIgnoreCase);
    }
}
