using System.Text;
using KubeLint.Core.Text;

namespace KubeLint.Testing;

/// <summary>
/// The markup of a test input, as in Roslyn's tests: <c>[|text|]</c> is a finding of the analyzer's only
/// rule, <c>{|KL4003:text|}</c> a finding of a named rule, <c>{|#0:text|}</c> a location that an expected
/// <see cref="DiagnosticResult"/> refers to with <see cref="DiagnosticResult.WithLocation(int)"/>.
/// </summary>
internal static class TestMarkup
{
    /// <summary>One marked span: <paramref name="RuleId"/> is null for <c>[|…|]</c>; <paramref name="Key"/>
    /// is set for <c>{|#n:…|}</c>.</summary>
    internal sealed record Span(string? RuleId, int? Key, SourceSpan Range);

    public static (string Text, List<Span> Spans) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = new List<Span>();
        var open = new Stack<(string? Id, int? Key, SourcePosition Start)>();
        var line = 1;
        var column = 1;
        for (var i = 0; i < markup.Length; i++)
        {
            var rest = markup.AsSpan(i);
            if (rest.StartsWith("[|"))
            {
                open.Push((null, null, new(line, column)));
                i++;
                continue;
            }

            if (rest.StartsWith("{|"))
            {
                var colon = markup.IndexOf(':', i);
                if (colon < 0)
                {
                    throw new VerificationException($"Markup '{{|' at {line}:{column} has no ':' after its rule ID or #key.");
                }

                var name = markup[(i + 2)..colon];
                open.Push(name.StartsWith('#') && int.TryParse(name.AsSpan(1), out var key) ? (null, key, new(line, column)) : (name, null, new(line, column)));
                i = colon;
                continue;
            }

            if (rest.StartsWith("|]") || rest.StartsWith("|}"))
            {
                if (open.Count == 0)
                {
                    throw new VerificationException($"Markup '{rest[..2]}' at {line}:{column} closes no span.");
                }

                var (id, key, start) = open.Pop();
                spans.Add(new Span(id, key, new SourceSpan(start, new(line, column))));
                i++;
                continue;
            }

            var c = markup[i];
            text.Append(c);
            (line, column) = c == '\n' ? (line + 1, 1) : (line, column + 1);
        }

        if (open.Count > 0)
        {
            var (_, _, start) = open.Peek();
            throw new VerificationException($"Markup opened at {start.Line}:{start.Column} is never closed.");
        }

        return (text.ToString(), spans);
    }
}
