namespace KubeLint.Core.Validation;

/// <summary>
/// The few ways a CEL expression certainly fails to parse whatever the CEL implementation: a string literal left open,
/// and parentheses, brackets and braces that do not pair up (outside strings and <c>//</c> comments). Anything subtler
/// is left to the Cel package, whose grammar is not cel-go's in every corner, so its parse failures are not taken as
/// proof (KL1021 reports them). Linear in the expression's length.
/// </summary>
internal static class CelSyntax
{
    /// <summary>Why the expression cannot parse, in our words, or null.</summary>
    public static string? Error(string expression)
    {
        var open = new Stack<(char Bracket, int Column)>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (c == '/' && i + 1 < expression.Length && expression[i + 1] == '/')
            {
                var end = expression.IndexOf('\n', i);
                i = end < 0 ? expression.Length : end + 1;
                continue;
            }

            if (c is '"' or '\'')
            {
                // A prefix of r/R (raw) and b/B (bytes) letters just before the quote; raw strings take no escapes.
                var raw = false;
                for (var p = i - 1; p >= 0 && expression[p] is 'r' or 'R' or 'b' or 'B'; p--)
                {
                    raw |= expression[p] is 'r' or 'R';
                }

                var closed = String(expression, ref i, raw);
                if (!closed)
                {
                    return $"the string that starts at column {Column(expression, i)} is never closed";
                }

                continue;
            }

            switch (c)
            {
                case '(' or '[' or '{':
                    open.Push((c, i));
                    break;
                case ')' or ']' or '}':
                    var wanted = c switch { ')' => '(', ']' => '[', _ => '{' };
                    if (open.Count == 0 || open.Peek().Bracket != wanted)
                    {
                        return $"the {c} at column {Column(expression, i)} closes nothing";
                    }

                    open.Pop();
                    break;
            }

            i++;
        }

        return open.Count > 0 ? $"the {open.Peek().Bracket} at column {Column(expression, open.Peek().Column)} is never closed" : null;
    }

    // Reads the string literal whose quote is at i (advanced past it); false when the expression ends inside it.
    private static bool String(string s, ref int i, bool raw)
    {
        var quote = s[i];
        var triple = i + 2 < s.Length && s[i + 1] == quote && s[i + 2] == quote;
        var start = i;
        i += triple ? 3 : 1;
        while (i < s.Length)
        {
            if (!raw && s[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (s[i] == quote && (!triple || (i + 2 < s.Length && s[i + 1] == quote && s[i + 2] == quote)))
            {
                i += triple ? 3 : 1;
                return true;
            }

            i++;
        }

        i = start;
        return false;
    }

    // 1-based, as the apiserver's "<input>:1:12" counts.
    private static int Column(string s, int index) => index - (s.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
}
