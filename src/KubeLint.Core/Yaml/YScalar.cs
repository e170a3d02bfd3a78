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
    private readonly ScalarForm _form;

    internal YScalar(string value, YScalarStyle style, SourceSpan span, string? tag = null)
        : base(span)
    {
        Value = value;
        _form = ScalarForm.Of(style, tag);
    }

    public override YamlNodeKind Kind => YamlNodeKind.Scalar;

    public string Value { get; }

    public YScalarStyle Style => _form.Style;

    public override string? Tag => _form.Tag;

    public bool IsPlain => _form.IsPlain;

    /// <summary>True for a plain <c>null</c>, <c>~</c> or empty value: YAML's null.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string ToString() => Value;
}
