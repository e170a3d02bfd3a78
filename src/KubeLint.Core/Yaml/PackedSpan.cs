using KubeLint.Core.Text;

namespace KubeLint.Core.Yaml;

/// <summary>
/// A node's span and flags in one 64-bit field: the tree's million scalars each spend 8 bytes on it instead of the
/// 16 of four ints plus a reference for style and tag. The packing is exact or not used: a span whose start line,
/// columns or line count do not fit (a one-line JSON file's far columns, a block of thousands of lines) is marked
/// <see cref="Wide"/> and kept whole in <see cref="NodeExtras"/>, as is an explicit tag (<see cref="Tagged"/>).
/// </summary>
/// <remarks>Bits, low to high: wide (1), tagged (1), scalar style (3), start line (20), start column (14),
/// lines spanned after the first (11), end column (14).</remarks>
internal static class PackedSpan
{
    public const ulong Wide = 1;
    public const ulong Tagged = 2;
    public const ulong StyleMask = 7UL << StyleShift;

    private const int StyleShift = 2;
    private const int LineShift = 5;
    private const int LineBits = 20;
    private const int ColumnBits = 14;
    private const int DeltaBits = 11;
    private const int StartColumnShift = LineShift + LineBits;
    private const int DeltaShift = StartColumnShift + ColumnBits;
    private const int EndColumnShift = DeltaShift + DeltaBits;
    private const ulong SpanMask = ~0UL << LineShift;

    public static ulong WithStyle(ulong bits, YScalarStyle style) => (bits & ~StyleMask) | ((ulong)style << StyleShift);

    public static YScalarStyle StyleOf(ulong bits) => (YScalarStyle)((bits & StyleMask) >> StyleShift);

    /// <summary>The bits with <paramref name="span"/> packed in, or with <see cref="Wide"/> set when it does not fit.</summary>
    public static ulong WithSpan(ulong bits, SourceSpan span)
    {
        var (start, end) = span;
        var lines = (long)end.Line - start.Line;
        if ((uint)start.Line >= 1u << LineBits || (uint)start.Column >= 1u << ColumnBits
            || (ulong)lines >= 1UL << DeltaBits || (uint)end.Column >= 1u << ColumnBits)
        {
            return (bits & ~SpanMask) | Wide;
        }

        var packed = ((ulong)start.Line << LineShift) | ((ulong)start.Column << StartColumnShift)
            | ((ulong)lines << DeltaShift) | ((ulong)end.Column << EndColumnShift);
        return (bits & ~(SpanMask | Wide)) | packed;
    }

    /// <summary>The span of bits without <see cref="Wide"/>.</summary>
    public static SourceSpan SpanOf(ulong bits)
    {
        var line = (int)((bits >> LineShift) & ((1UL << LineBits) - 1));
        var column = (int)((bits >> StartColumnShift) & ((1UL << ColumnBits) - 1));
        var lines = (int)((bits >> DeltaShift) & ((1UL << DeltaBits) - 1));
        var endColumn = (int)(bits >> EndColumnShift);
        return new SourceSpan(new SourcePosition(line, column), new SourcePosition(line + lines, endColumn));
    }
}
