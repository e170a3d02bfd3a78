using System.Text;
using System.Text.Json;
using KubeLint.Core.Validation.Kinds;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Core;

/// <summary>
/// pkg/apis/core/validation/validation.go: ValidateSecret parses the credentials of a docker registry Secret:
/// <c>.dockercfg</c> of a <c>kubernetes.io/dockercfg</c> Secret and <c>.dockerconfigjson</c> of a
/// <c>kubernetes.io/dockerconfigjson</c> one must hold a JSON object (json.Unmarshal into a map). stringData
/// is merged over data before validation. A missing key is KL1011's; bad base64 KL1013's schema walk.
/// </summary>
internal static class SecretChecks
{
    public static readonly ValidationSource DockerConfig = new("pkg/apis/core/validation/validation.go", "ValidateSecret (json.Unmarshal of .dockercfg / .dockerconfigjson)");

    // encoding/json refuses nesting deeper than 10000; System.Text.Json's default of 64 would refuse valid files.
    private static readonly JsonReaderOptions Reader = new() { MaxDepth = 10_000 };

    public static void Check(YMapping root, KindFindings findings)
    {
        var key = root.GetString("type") switch
        {
            "kubernetes.io/dockercfg" => ".dockercfg",
            "kubernetes.io/dockerconfigjson" => ".dockerconfigjson",
            _ => null,
        };
        if (key is null || !findings.Enforced(DockerConfig))
        {
            return;
        }

        var path = FieldPath.Root("data").Key(key);
        string? text;
        YScalar node;
        if (root.GetMapping("stringData") is { } stringData && stringData.TryGetEntry(key, out var written))
        {
            if (BuiltInKindChecks.Text(written.Value) is not { } value)
            {
                return;
            }

            node = value;
            text = value.Value;
        }
        else if (root.GetMapping("data") is { } data && BuiltInKindChecks.Text(data[key]) is { } encoded)
        {
            node = encoded;
            text = Decode(encoded.Value);
            if (text is null)
            {
                return; // not base64: the schema walk reports it
            }
        }
        else
        {
            return;
        }

        if (Problem(text) is { } problem)
        {
            findings.Add(ApiserverProblem.InvalidValue, node, path, $"Invalid value: \"<secret contents redacted>\": {problem}",
                key == ".dockercfg"
                    ? "give the legacy ~/.dockercfg content: a JSON object keyed by registry, e.g. {\"registry.example.com\": {\"auth\": \"…\"}}"
                    : "give a docker config.json: a JSON object such as {\"auths\": {\"registry.example.com\": {\"auth\": \"…\"}}}");
        }
    }

    /// <summary>Why <paramref name="text"/> does not unmarshal into a Go map, or null when it does (JSON null does).</summary>
    internal static string? Problem(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, Reader);
        try
        {
            if (!reader.Read())
            {
                return "unexpected end of JSON input";
            }

            var first = reader.TokenType;
            if (first is not (JsonTokenType.StartObject or JsonTokenType.Null))
            {
                return $"json: cannot unmarshal {GoKind(first)} into Go value of type map[string]interface {{}}";
            }

            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException e)
        {
            // Go's decoder words its errors differently; the place of the first error is what helps.
            return string.IsNullOrWhiteSpace(text) ? "unexpected end of JSON input" : $"invalid JSON at line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}";
        }
    }

    private static string GoKind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        _ => "bool",
    };

    private static string? Decode(string value)
    {
        if (Base64.FirstIllegal(value) >= 0)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal)));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
