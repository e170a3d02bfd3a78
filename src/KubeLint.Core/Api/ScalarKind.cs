using System.Globalization;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Api;

/// <summary>What a YAML scalar is when kubectl reads it (sigs.k8s.io/yaml, YAML 1.1 rules).</summary>
internal enum ScalarKind
{
    Null,
    Boolean,
    Integer,
    Float,
    String,
}

/// <summary>
/// Resolves plain scalars as YAML 1.1 does, because kubectl converts YAML to JSON that way:
/// <c>yes</c>, <c>on</c>, <c>y</c> are booleans, <c>1.0</c> and <c>1e3</c> numbers, <c>0755</c> octal.
/// Quoted and block scalars are strings; explicit tags win.
/// </summary>
internal static class ScalarKinds
{
    public static ScalarKind Classify(YScalar scalar)
    {
        switch (scalar.Tag)
        {
            case null:
                break;
            case "!":
                // The non-specific tag: a string in YAML 1.2 (§6.9.1, suite case S4JQ) and in kubectl, whose
                // go-yaml resolves only untagged and core-schema scalars (goyaml.v2/resolve.go, resolvableTag).
                return ScalarKind.String;
            case "tag:yaml.org,2002:str" or "!!str":
                return ScalarKind.String;
            case "tag:yaml.org,2002:int" or "!!int":
                return ScalarKind.Integer;
            case "tag:yaml.org,2002:float" or "!!float":
                return ScalarKind.Float;
            case "tag:yaml.org,2002:bool" or "!!bool":
                return ScalarKind.Boolean;
            case "tag:yaml.org,2002:null" or "!!null":
                return ScalarKind.Null;
            default:
                return ScalarKind.String;
        }

        if (scalar.Style != YScalarStyle.Plain)
        {
            return ScalarKind.String;
        }

        var text = scalar.Value;
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return ScalarKind.Null;
            case "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON"
                or "n" or "N" or "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF":
                return ScalarKind.Boolean;
            case ".nan" or ".NaN" or ".NAN" or ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" or "-.inf" or "-.Inf" or "-.INF":
                return ScalarKind.Float;
        }

        var first = text[0];
        if (!char.IsAsciiDigit(first) && first is not ('-' or '+' or '.'))
        {
            return ScalarKind.String;
        }

        return IsInteger(text) ? ScalarKind.Integer : IsFloat(text) ? ScalarKind.Float : ScalarKind.String;
    }

    /// <summary>True for a float whose value is whole (<c>3.0</c>): kubectl writes it to JSON as <c>3</c>.</summary>
    public static bool IsWholeNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && Math.Floor(value) == value;

    public static string Describe(this ScalarKind kind) => kind switch
    {
        ScalarKind.Boolean => "a boolean",
        ScalarKind.Integer => "an integer",
        ScalarKind.Float => "a number",
        ScalarKind.Null => "null",
        _ => "a string",
    };

    /// <summary>
    /// <c>[-+]?(0|[1-9][0-9_]*|0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|0[bB][01_]+)</c>: Go's strconv.ParseInt (base 0)
    /// after go-yaml strips '_'. Loops rather than a generated regex (see ColdStartJitTests); <c>ScalarKindsTests</c>
    /// holds both loops to the patterns.
    /// </summary>
    internal static bool IsInteger(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[0] is '-' or '+')
        {
            text = text[1..];
        }

        if (text.Length == 0)
        {
            return false;
        }

        if (text[0] is >= '1' and <= '9')
        {
            return All(text[1..], "0123456789_");
        }

        if (text[0] != '0' || text.Length == 1)
        {
            return text is "0";
        }

        var rest = text[1..];
        return rest[0] switch
        {
            'x' or 'X' => rest.Length > 1 && All(rest[1..], "0123456789abcdefABCDEF_"),
            'b' or 'B' => rest.Length > 1 && All(rest[1..], "01_"),
            'o' or 'O' => rest.Length > 1 && All(rest[1..], "01234567_"),
            _ => All(rest, "01234567_"),
        };
    }

    /// <summary><c>[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?</c></summary>
    internal static bool IsFloat(ReadOnlySpan<char> text)
    {
        const string Digits = "0123456789", DigitsOrUnderscore = "0123456789_";
        var i = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        if (i < text.Length && text[i] == '.')
        {
            var fraction = ++i;
            i = Skip(text, i, Digits);
            if (i == fraction)
            {
                return false;
            }
        }
        else
        {
            if (i >= text.Length || !char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            i = Skip(text, i, DigitsOrUnderscore);
            if (i < text.Length && text[i] == '.')
            {
                i = Skip(text, i + 1, DigitsOrUnderscore);
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '-' or '+')
            {
                i++;
            }

            var exponent = i;
            i = Skip(text, i, Digits);
            if (i == exponent)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    /// <summary>Where the run of characters of <paramref name="allowed"/> that begins at <paramref name="start"/> ends.</summary>
    private static int Skip(ReadOnlySpan<char> text, int start, string allowed)
    {
        while (start < text.Length && allowed.Contains(text[start], StringComparison.Ordinal))
        {
            start++;
        }

        return start;
    }

    private static bool All(ReadOnlySpan<char> text, string allowed) => Skip(text, 0, allowed) == text.Length;
}
