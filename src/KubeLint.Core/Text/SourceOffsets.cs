namespace KubeLint.Core.Text;

/// <summary>Character offsets of positions: what text edits work with.</summary>
internal static class SourceOffsets
{
    /// <summary>The offset of a 1-based position, clamped to the text.</summary>
    public static int Of(SourceText text, SourcePosition position) =>
        Math.Min(text.GetLineStart(position.Line) + position.Column - 1, text.Length);

    /// <summary>The offset just after the line break of <paramref name="line"/> (the text's end for the last line).</summary>
    public static int AfterLine(SourceText text, int line) =>
        line < text.LineCount ? text.GetLineStart(line + 1) : text.Length;
}
