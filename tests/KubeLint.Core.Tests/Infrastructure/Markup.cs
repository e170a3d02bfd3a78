using System.Text;
using KubeLint.Core.Text;

namespace KubeLint.Core.Tests.Infrastructure;

/// <summary>
/// Test inputs with their expectations written in place, as in Roslyn's analyzer tests:
/// <c>[|text|]</c> marks where the rule under test must report, <c>{|KL0002:text|}</c> names the rule.
/// </summary>
public static class Markup
{
    public sealed record Expected(string? RuleId, SourceSpan Span)
    {
        public override string ToString() => $"{RuleId ?? "?"} at {Span}";
    }

    public static (string Text, List<Expected> Spans) Parse(string markup)
    {
        var text = new StringBuilder();
        var spans = new List<Expected>();
        var open = new Stack<(string? Id, SourcePosition Start)>();
        var line = 1;
        var column = 1;
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup.AsSpan(i).StartsWith("[|"))
            {
                open.Push((null, new(line, column)));
                i++;
                continue;
            }

            if (markup.AsSpan(i).StartsWith("{|"))
            {
                var colon = markup.IndexOf(':', i);
                open.Push((markup[(i + 2)..colon], new(line, column)));
                i = colon;
                continue;
            }

            if (markup.AsSpan(i).StartsWith("|]") || markup.AsSpan(i).StartsWith("|}"))
            {
                var (id, start) = open.Pop();
                spans.Add(new Expected(id, new SourceSpan(start, new(line, column))));
                i++;
                continue;
            }

            var c = markup[i];
            text.Append(c);
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (text.ToString(), spans);
    }
}
