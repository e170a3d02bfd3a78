namespace KubeLint.Core.Yaml;

/// <summary>
/// A scalar's style and explicit tag in one object, shared: the five untagged forms are single instances, so a
/// scalar spends one reference on both instead of a reference and an int (8 bytes less on each of the million
/// scalars of 10,000 documents). Tagged scalars are rare and get a form of their own.
/// </summary>
internal sealed class ScalarForm
{
    private static readonly ScalarForm[] Untagged =
    [
        new(YScalarStyle.Plain, null),
        new(YScalarStyle.SingleQuoted, null),
        new(YScalarStyle.DoubleQuoted, null),
        new(YScalarStyle.Literal, null),
        new(YScalarStyle.Folded, null),
    ];

    private ScalarForm(YScalarStyle style, string? tag)
    {
        Style = style;
        Tag = tag;
        IsPlain = style == YScalarStyle.Plain && tag is null;
    }

    public YScalarStyle Style { get; }

    public string? Tag { get; }

    public bool IsPlain { get; }

    public static ScalarForm Of(YScalarStyle style, string? tag) =>
        tag is null && (uint)style < (uint)Untagged.Length ? Untagged[(int)style] : new ScalarForm(style, tag);
}
