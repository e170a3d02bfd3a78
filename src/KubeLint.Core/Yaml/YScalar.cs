using KubeLint.Core.Text;

namespace KubeLint.Core.Yaml;

public enum YScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}

/// <remarks>32 bytes: the value and <see cref="PackedSpan"/>'s bits, which hold the style too.</remarks>
public sealed class YScalar : YNode
{
    internal YScalar(string value, YScalarStyle style, SourceSpan span, string? tag = null)
        : base(span, tag, style)
    {
        Value = value;
    }

    public override YamlNodeKind Kind => YamlNodeKind.Scalar;

    public string Value { get; }

    public YScalarStyle Style => PackedSpan.StyleOf(Bits);

    /// <summary>Plain and untagged.</summary>
    public bool IsPlain => (Bits & (PackedSpan.StyleMask | PackedSpan.Tagged)) == 0;

    /// <summary>True for a plain <c>null</c>, <c>~</c> or empty value: YAML's null.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string ToString() => Value;
}
