using System.Globalization;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Diagnostics;

/// <summary>The value types a rule option may take; each has one spelling in YAML and one in <c>.editorconfig</c>.</summary>
public enum RuleOptionKind
{
    /// <summary>A YAML sequence of strings, or one comma-separated value.</summary>
    StringList,
    String,
    Boolean,
    Integer,
}

/// <summary>
/// One setting a rule reads: <c>rules.&lt;ID&gt;.&lt;name&gt;</c> in <c>.kubelint.yaml</c> or
/// <c>kubelint.&lt;id&gt;.&lt;name&gt;</c> in <c>.editorconfig</c>. Declared once, as a static field beside the
/// rule's descriptor and listed in <see cref="DiagnosticDescriptor.Options"/>, so the engine can reject a misspelt or
/// ill-typed setting and the docs and schema are made from the same words.
/// </summary>
public abstract class RuleOption
{
    private protected RuleOption(string name, RuleOptionKind kind, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Kind = kind;
        Description = description;
    }

    public string Name { get; }

    public RuleOptionKind Kind { get; }

    /// <summary>One line for rule pages, <c>kubelint explain</c> and the configuration schema.</summary>
    public string Description { get; }

    /// <summary>The default as a reader would write it, or null when the default is "none" (an empty list, no value).</summary>
    public abstract string? DefaultText { get; }

    /// <summary>The kind as the docs name it.</summary>
    public string KindText => Kind switch
    {
        RuleOptionKind.StringList => "list of strings",
        RuleOptionKind.String => "string",
        RuleOptionKind.Boolean => "boolean",
        _ => "integer",
    };

    public static RuleOption<IReadOnlyList<string>> StringList(string name, string description) =>
        new(name, RuleOptionKind.StringList, description, [], ParseList, ParseListText, null);

    public static RuleOption<string> String(string name, string description, string defaultValue = "") =>
        new(name, RuleOptionKind.String, description, defaultValue, n => n is YScalar s ? (s.Value, null) : (null, "expects a string"), t => (t, null), defaultValue.Length == 0 ? null : defaultValue);

    public static RuleOption<bool> Boolean(string name, string description, bool defaultValue) =>
        new(name, RuleOptionKind.Boolean, description, defaultValue, n => ParseBool(n is YScalar s ? s.Value : null), ParseBool, defaultValue ? "true" : "false");

    public static RuleOption<int> Integer(string name, string description, int defaultValue) =>
        new(name, RuleOptionKind.Integer, description, defaultValue, n => ParseInt(n is YScalar s ? s.Value : null), ParseInt, defaultValue.ToString(CultureInfo.InvariantCulture));

    /// <summary>An option as another process described it (a custom rule's worker): same checks, defaults from text.</summary>
    internal static RuleOption Create(string name, RuleOptionKind kind, string description, string? defaultText) => kind switch
    {
        RuleOptionKind.StringList => StringList(name, description),
        RuleOptionKind.String => String(name, description, defaultText ?? string.Empty),
        RuleOptionKind.Boolean => Boolean(name, description, bool.TryParse(defaultText, out var b) && b),
        _ => Integer(name, description, int.TryParse(defaultText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : 0),
    };

    /// <summary>Why a YAML value does not fit the option, or null when it does.</summary>
    public abstract string? CheckYaml(YNode value);

    /// <summary>Why an <c>.editorconfig</c> value does not fit the option, or null when it does.</summary>
    public abstract string? CheckText(string value);

    private static (IReadOnlyList<string>?, string?) ParseList(YNode node) => node switch
    {
        YSequence sequence when sequence.Items.All(i => i is YScalar) => (sequence.Items.Cast<YScalar>().Select(s => s.Value).ToList(), null),
        YSequence => (null, "expects a list of strings; an item is not a string"),
        YScalar scalar => ParseListText(scalar.Value),
        _ => (null, "expects a list of strings (a sequence, or one comma-separated value), not a mapping"),
    };

    private static (IReadOnlyList<string>?, string?) ParseListText(string text) =>
        (text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), null);

    private static (bool, string?) ParseBool(string? text) =>
        bool.TryParse(text?.Trim(), out var value) ? (value, null) : (false, $"expects true or false{(text is null ? string.Empty : $", not '{text}'")}");

    private static (int, string?) ParseInt(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? (value, null)
            : (0, $"expects an integer{(text is null ? string.Empty : $", not '{text}'")}");
}

/// <summary>A rule option whose value reads as <typeparamref name="T"/>; see <see cref="RuleOption"/>.</summary>
public sealed class RuleOption<T> : RuleOption
{
    private readonly Func<YNode, (T? Value, string? Error)> _fromYaml;
    private readonly Func<string, (T? Value, string? Error)> _fromText;

    internal RuleOption(
        string name,
        RuleOptionKind kind,
        string description,
        T defaultValue,
        Func<YNode, (T? Value, string? Error)> fromYaml,
        Func<string, (T? Value, string? Error)> fromText,
        string? defaultText)
        : base(name, kind, description)
    {
        Default = defaultValue;
        _fromYaml = fromYaml;
        _fromText = fromText;
        DefaultText = defaultText;
    }

    /// <summary>The value when the option is not set, or is set to something it cannot read (KL9001 reports that).</summary>
    public T Default { get; }

    public override string? DefaultText { get; }

    public override string? CheckYaml(YNode value) => _fromYaml(value).Error;

    public override string? CheckText(string value) => _fromText(value).Error;

    /// <summary>The YAML value read as <typeparamref name="T"/>, or <see cref="Default"/> when it does not fit.</summary>
    public T Read(YNode value) => _fromYaml(value) is ({ } read, null) ? read : Default;

    /// <summary>The <c>.editorconfig</c> value read as <typeparamref name="T"/>, or <see cref="Default"/> when it does not fit.</summary>
    public T Read(string value) => _fromText(value) is ({ } read, null) ? read : Default;
}
