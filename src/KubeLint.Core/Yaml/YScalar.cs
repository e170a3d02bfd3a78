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

public sealed class YScalar : YNode
{
    internal YScalar(string value, YScalarStyle style, SourceSpan span, string? tag = null)
        : base(span, tag)
    {
        Value = value;
        Style = style;
    }

    public override YamlNodeKind Kind => YamlNodeKind.Scalar;

    public string Value { get; }

    public YScalarStyle Style { get; }

    public bool IsPlain => Style == YScalarStyle.Plain && Tag is null;

    /// <summary>True for a plain <c>null</c>, <c>~</c> or empty value: YAML's null.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string ToString() => Value;
}
