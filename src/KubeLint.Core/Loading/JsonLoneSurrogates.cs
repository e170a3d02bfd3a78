namespace KubeLint.Core.Loading;

/// <summary>
/// A '\u' escape of half a UTF-16 surrogate pair in a JSON manifest. kubectl reads a stream whose first non-space
/// character is '{' as JSON (k8s.io/apimachinery pkg/util/yaml/decoder.go, <c>GuessJSONStream</c> and
/// <c>hasJSONPrefix</c>), with Go's encoding/json, which turns such an escape into U+FFFD (golang/go
/// src/encoding/json/decode.go, <c>unquoteBytes</c>: an invalid surrogate falls back to the replacement rune). YAML
/// refuses the escape, so YamlDotNet's scanner would drop the document; the escape's digits become <c>FFFD</c>
/// first (same length, so every position stays), and the value reads as kubectl's does.
/// </summary>
internal static class JsonLoneSurrogates
{
    /// <summary><paramref name="text"/> with each lone surrogate escape inside a double-quoted string rewritten, or
    /// the same instance when it is no JSON or has none (one pass, no copy then).</summary>
    public static string Replace(string text)
    {
        if (!StartsLikeJson(text) || !text.Contains("\\u", StringComparison.Ordinal))
        {
            return text;
        }

        char[]? rewritten = null;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                inString = !inString;
                continue;
            }

            if (!inString || c != '\\' || i + 1 >= text.Length)
            {
                continue;
            }

            if (text[i + 1] != 'u' || !TryHex(text, i + 2, out var unit))
            {
                i++; // an escape of one character (\" or \\ among them) is stepped over whole
                continue;
            }

            if (char.IsHighSurrogate((char)unit) && i + 11 < text.Length && text[i + 6] == '\\' && text[i + 7] == 'u'
                && TryHex(text, i + 8, out var low) && char.IsLowSurrogate((char)low))
            {
                i += 11; // a whole pair
                continue;
            }

            if (char.IsSurrogate((char)unit))
            {
                rewritten ??= text.ToCharArray();
                "FFFD".CopyTo(rewritten.AsSpan(i + 2));
            }

            i += 5;
        }

        return rewritten is null ? text : new string(rewritten);
    }

    private static bool StartsLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c == '{';
            }
        }

        return false;
    }

    private static bool TryHex(string text, int at, out int value)
    {
        value = 0;
        if (at + 4 > text.Length)
        {
            return false;
        }

        for (var i = at; i < at + 4; i++)
        {
            var digit = text[i] switch
            {
                >= '0' and <= '9' => text[i] - '0',
                >= 'a' and <= 'f' => text[i] - 'a' + 10,
                >= 'A' and <= 'F' => text[i] - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | digit;
        }

        return true;
    }
}
