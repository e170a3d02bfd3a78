using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using KubeLint.Core.Api;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Loading.YamlSuite;

/// <summary>
/// Our tree as JSON, the way kubectl (sigs.k8s.io/yaml over go-yaml) turns YAML into JSON: plain scalars are
/// resolved by YAML 1.1 (<see cref="ScalarKinds.Classify"/>), so <c>yes</c> is true and <c>0o17</c>… as Go parses it.
/// </summary>
internal static class YamlToJson
{
    public static JsonNode? Convert(YNode? node) => node switch
    {
        null => null,
        YScalar scalar => Scalar(scalar),
        YSequence sequence => new JsonArray([.. sequence.Items.Select(Convert)]),
        YMapping mapping => Mapping(mapping),
        _ => throw new InvalidOperationException($"unknown node {node.GetType().Name}"),
    };

    private static JsonObject Mapping(YMapping mapping)
    {
        var result = new JsonObject();
        foreach (var entry in mapping.Entries)
        {
            // JSON keys are strings; a repeated key keeps the last value, as the builder does.
            result[entry.Key.Value] = Convert(entry.Value);
        }

        return result;
    }

    private static JsonNode? Scalar(YScalar scalar)
    {
        var text = scalar.Value;
        switch (ScalarKinds.Classify(scalar))
        {
            case ScalarKind.Null:
                return null;
            case ScalarKind.Boolean:
                return JsonValue.Create(text.ToLowerInvariant() is "true" or "yes" or "on" or "y");
            case ScalarKind.Integer when TryInteger(text, out var integer):
                return JsonNode.Parse(integer.ToString(CultureInfo.InvariantCulture));
            case ScalarKind.Float when double.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number):
                return JsonValue.Create(number);
            default:
                return JsonValue.Create(text);
        }
    }

    /// <summary>Go's strconv.ParseInt with base 0 after go-yaml drops '_': 0x, 0o, 0b prefixes and a leading 0 for octal.</summary>
    private static bool TryInteger(string text, out BigInteger value)
    {
        var digits = text.Replace("_", string.Empty, StringComparison.Ordinal);
        var negative = digits.StartsWith('-');
        if (digits.Length > 0 && digits[0] is '-' or '+')
        {
            digits = digits[1..];
        }

        var (radix, body) = digits.Length > 1 && digits[0] == '0'
            ? digits[1] switch
            {
                'x' or 'X' => (16, digits[2..]),
                'b' or 'B' => (2, digits[2..]),
                'o' or 'O' => (8, digits[2..]),
                _ => (8, digits[1..]),
            }
            : (10, digits);
        value = BigInteger.Zero;
        foreach (var c in body)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10;
            if (digit < 0 || digit >= radix)
            {
                return false;
            }

            value = (value * radix) + digit;
        }

        value = negative ? -value : value;
        return true;
    }
}
