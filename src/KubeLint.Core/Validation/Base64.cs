namespace KubeLint.Core.Validation;

/// <summary>
/// Padded standard base64 as Go's <c>encoding/base64.StdEncoding.Decode</c> reads it, which is how the
/// apiserver's JSON decoder fills a <c>[]byte</c> field (Secret <c>data</c>, ConfigMap <c>binaryData</c>,
/// <c>caBundle</c> …): the 64 letters of the standard alphabet in groups of four, '=' padding only at the
/// end, line breaks (CR, LF) skipped anywhere; nothing else, not even spaces.
/// </summary>
internal static class Base64
{
    /// <summary>The input offset Go's decoder reports as "illegal base64 data at input byte N", or -1 when <paramref name="text"/> decodes.</summary>
    public static int FirstIllegal(string text)
    {
        var si = 0;
        while (true)
        {
            for (var j = 0; j < 4;)
            {
                si = SkipLineBreaks(text, si);
                if (si == text.Length)
                {
                    return j == 0 ? -1 : si - j;
                }

                var c = text[si++];
                if (IsAlphabet(c))
                {
                    j++;
                    continue;
                }

                if (c != '=' || j < 2)
                {
                    return si - 1;
                }

                if (j == 2)
                {
                    // "==" is expected: the second '=' may follow line breaks.
                    si = SkipLineBreaks(text, si);
                    if (si == text.Length)
                    {
                        return si;
                    }

                    if (text[si] != '=')
                    {
                        return si - 1;
                    }

                    si++;
                }

                // Padding ends the input: only line breaks may follow.
                si = SkipLineBreaks(text, si);
                return si < text.Length ? si : -1;
            }
        }
    }

    private static int SkipLineBreaks(string text, int at)
    {
        while (at < text.Length && text[at] is '\n' or '\r')
        {
            at++;
        }

        return at;
    }

    private static bool IsAlphabet(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/';
}
