using KubeLint.Core.Text;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Yaml;

/// <summary>A node's span, style and tag read back exactly as given, whether they fit the packed field or not.</summary>
public class PackedSpanTests
{
    public static TheoryData<int, int, int, int> Spans => new()
    {
        { 3, 5, 3, 12 },                   // the usual scalar
        { 1, 1, 2047, 1 },                 // the most lines that pack
        { 1, 1, 2048, 1 },                 // one more: kept beside the node
        { 1, 16_383, 1, 16_383 },          // the farthest columns that pack
        { 1, 20_000, 1, 20_010 },          // a one-line JSON file's far columns
        { (1 << 20) - 1, 1, (1 << 20) - 1, 2 },
        { 1 << 20, 1, 1 << 20, 2 },        // a start line beyond 20 bits
        { 0, 0, 0, 0 },                    // default
        { 5, 1, 4, 1 },                    // an end before the start is kept as given
        { -1, -1, -1, -1 },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void Keeps_the_span_exactly(int line, int column, int endLine, int endColumn)
    {
        var span = new SourceSpan(new SourcePosition(line, column), new SourcePosition(endLine, endColumn));
        var scalar = new YScalar("v", YScalarStyle.Folded, span);
        var mapping = new YMapping([new YEntry(scalar, scalar)], span, null, 3);

        Assert.Equal(span, scalar.Span);
        Assert.Equal(span, mapping.Span);
        Assert.Equal(YScalarStyle.Folded, scalar.Style);
        Assert.Null(scalar.Tag);
    }

    [Theory]
    [InlineData(YScalarStyle.Plain, null, true)]
    [InlineData(YScalarStyle.Plain, "!!str", false)]
    [InlineData(YScalarStyle.SingleQuoted, null, false)]
    [InlineData(YScalarStyle.DoubleQuoted, "!custom", false)]
    [InlineData(YScalarStyle.Literal, null, false)]
    public void Keeps_style_and_tag(YScalarStyle style, string? tag, bool plain)
    {
        var span = new SourceSpan(new SourcePosition(2, 3), new SourcePosition(2, 9));
        var scalar = new YScalar("null", style, span, tag);

        Assert.Equal(style, scalar.Style);
        Assert.Equal(tag, scalar.Tag);
        Assert.Equal(plain, scalar.IsPlain);
        Assert.Equal(plain, scalar.IsNull);
        Assert.Equal(span, scalar.Span);
    }

    [Fact]
    public void A_span_set_later_replaces_the_old_one_either_way()
    {
        var narrow = new SourceSpan(new SourcePosition(4, 2), new SourcePosition(6, 8));
        var wide = new SourceSpan(new SourcePosition(4, 30_000), new SourcePosition(4, 30_004));
        var sequence = new YSequence([], narrow, "!!seq", 1);

        sequence.Span = wide;
        Assert.Equal(wide, sequence.Span);
        sequence.Span = narrow;
        Assert.Equal(narrow, sequence.Span);
        Assert.Equal("!!seq", sequence.Tag);
    }
}
