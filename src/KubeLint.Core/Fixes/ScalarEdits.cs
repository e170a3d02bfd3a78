using KubeLint.Core.Yaml;

namespace KubeLint.Core.Fixes;

/// <summary>Replaces a scalar's text, keeping its quotes.</summary>
internal static class ScalarEdits
{
    /// <summary>The edit, or null when the source does not spell the scalar plainly between its quotes
    /// (escapes, folding, block style) or the new text would need quoting the old one lacks.</summary>
    public static TextEdit? ReplaceValue(FixContext context, YScalar scalar, string newText)
    {
        var quote = scalar.Style switch
        {
            YScalarStyle.SingleQuoted => "'",
            YScalarStyle.DoubleQuoted => "\"",
            YScalarStyle.Plain => string.Empty,
            _ => null,
        };
        if (quote is null || context.TextOf(scalar.Span) != quote + scalar.Value + quote
            || !newText.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/'))
        {
            return null;
        }

        var (start, end) = (context.OffsetOf(scalar.Span.Start), context.OffsetOf(scalar.Span.End));
        return context.Edit(start + quote.Length, end - quote.Length, newText);
    }
}
