using System.Text.RegularExpressions;
using KubeLint.Core.Text;

namespace KubeLint.Core.Suppression;

/// <summary>
/// Reads <c># kubelint-disable-next-line KL2001[,KL2002] [-- reason]</c>, <c># kubelint-disable-line …</c>,
/// and <c># kubelint-disable …</c> / <c># kubelint-enable …</c> regions from a file's comments.
/// </summary>
internal static partial class SuppressionParser
{
    private const string Marker = "kubelint-";

    public static SuppressionMap Parse(SourceText text)
    {
        if (!text.Contains(Marker))
        {
            return SuppressionMap.Empty;
        }

        var directives = new List<(SuppressionDirective Directive, int Line)>();
        for (var line = 1; line <= text.LineCount; line++)
        {
            var content = text.GetLine(line);
            if (content.IndexOf(Marker, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var match = DirectivePattern().Match(content.ToString());
            if (match.Success)
            {
                directives.Add((Build(match, line), line));
            }
        }

        var lines = new List<SuppressionMap.LineRule>();
        var ranges = new List<SuppressionMap.RangeRule>();
        var open = new Dictionary<string, (int From, SuppressionDirective Directive)>(StringComparer.OrdinalIgnoreCase);
        const string AllRules = "*";
        foreach (var (directive, line) in directives)
        {
            var ids = directive.RuleIds.Count == 0 ? [AllRules] : directive.RuleIds.Select(r => r.Id).ToList();
            foreach (var id in ids)
            {
                var ruleId = id == AllRules ? null : id;
                switch (directive.Kind)
                {
                    case DirectiveKind.DisableLine:
                        lines.Add(new(line, ruleId, directive));
                        break;
                    case DirectiveKind.DisableNextLine:
                        lines.Add(new(NextContentLine(text, line), ruleId, directive));
                        break;
                    case DirectiveKind.Disable:
                        open.TryAdd(id, (line, directive));
                        break;
                    case DirectiveKind.Enable when open.Remove(id, out var start):
                        ranges.Add(new(start.From, line, id == AllRules ? null : id, start.Directive));
                        break;
                }
            }
        }

        foreach (var (id, start) in open)
        {
            ranges.Add(new(start.From, int.MaxValue, id == AllRules ? null : id, start.Directive));
        }

        return new SuppressionMap(lines, ranges) { Directives = directives.Select(d => d.Directive).ToList() };
    }

    /// <summary>The next line that is neither blank nor only a comment, so that directives can stack.</summary>
    private static int NextContentLine(SourceText text, int line)
    {
        for (var next = line + 1; next <= text.LineCount; next++)
        {
            var content = text.GetLine(next).TrimStart();
            if (content.Length > 0 && content[0] != '#')
            {
                return next;
            }
        }

        return line + 1;
    }

    private static SuppressionDirective Build(Match match, int line)
    {
        var kind = match.Groups["kind"].Value switch
        {
            "disable-next-line" => DirectiveKind.DisableNextLine,
            "disable-line" => DirectiveKind.DisableLine,
            "disable" => DirectiveKind.Disable,
            _ => DirectiveKind.Enable,
        };
        var ids = new List<(string, SourceSpan)>();
        var idsGroup = match.Groups["ids"];
        foreach (Match id in RuleIdToken().Matches(idsGroup.Value))
        {
            var column = idsGroup.Index + id.Index + 1;
            ids.Add((id.Value, new SourceSpan(new(line, column), new(line, column + id.Length))));
        }

        var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
        var span = new SourceSpan(new(line, match.Index + 1), new(line, match.Index + match.Length + 1));
        return new SuppressionDirective(kind, ids, string.IsNullOrEmpty(reason) ? null : reason, span);
    }

    [GeneratedRegex(@"(?:^|\s)#\s*kubelint-(?<kind>disable-next-line|disable-line|disable|enable)\b(?<ids>[^\r\n]*?)(?:\s--\s*(?<reason>.*))?\s*$")]
    private static partial Regex DirectivePattern();

    [GeneratedRegex(@"[^\s,]+")]
    private static partial Regex RuleIdToken();
}
