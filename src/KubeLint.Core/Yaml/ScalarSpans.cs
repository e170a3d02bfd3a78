using KubeLint.Core.Model;
using KubeLint.Core.Text;

namespace KubeLint.Core.Yaml;

/// <summary>Spans of parts of a scalar's value, e.g. one placeholder inside an argument.</summary>
internal static class ScalarSpans
{
    /// <summary>The span of <c>Value[start..start+length]</c> in the source. Quotes, escapes, folding
    /// and block indentation shift positions, so the part is found in the scalar's source text
    /// (the k-th occurrence for the k-th in the value); the whole scalar when it cannot be found.</summary>
    public static SourceSpan Locate(SourceFile file, YScalar scalar, int start, int length)
    {
        if (file.Text is not { } text || start < 0 || length <= 0 || start + length > scalar.Value.Length)
        {
            return scalar.Span;
        }

        var from = Offset(text, scalar.Span.Start);
        var to = Math.Min(Offset(text, scalar.Span.End), text.Length);
        if (from >= to)
        {
            return scalar.Span;
        }

        var needle = scalar.Value.Substring(start, length);
        var occurrence = 0;
        for (var i = scalar.Value.IndexOf(needle, StringComparison.Ordinal); i >= 0 && i < start; i = scalar.Value.IndexOf(needle, i + 1, StringComparison.Ordinal))
        {
            occurrence++;
        }

        var raw = text.Slice(from, to - from);
        var found = -1;
        for (var seen = 0; seen <= occurrence; seen++)
        {
            var next = raw[(found + 1)..].IndexOf(needle, StringComparison.Ordinal);
            if (next < 0)
            {
                return scalar.Span;
            }

            found += next + 1;
        }

        return new SourceSpan(text.GetPosition(from + found), text.GetPosition(from + found + length));
    }

    private static int Offset(SourceText text, SourcePosition position) =>
        text.GetLineStart(position.Line) + position.Column - 1;
}
