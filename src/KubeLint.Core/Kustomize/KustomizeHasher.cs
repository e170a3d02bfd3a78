using System.Security.Cryptography;
using System.Text;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize;

/// <summary>
/// The name suffix kustomize gives a generated ConfigMap or Secret (kubernetes-sigs/kustomize api/hasher/hasher.go,
/// <c>Hasher.Hash</c>, <c>encodeConfigMap</c>, <c>encodeSecret</c>, <c>encode</c>): the SHA-256 of a JSON object with
/// the kind, name (always empty, see below) and data (ConfigMap: <c>binaryData</c> too when it is a map; Secret: <c>type</c>, and
/// <c>stringData</c> when a map), written as Go's <c>encoding/json</c> writes a map (keys sorted, HTML characters
/// escaped, an absent field as <c>""</c>); then the first ten hex digits with 0, 1, 3, a, e replaced by g, h, k, m,
/// t so that the suffix is never all digits nor spells words.
/// </summary>
internal static class KustomizeHasher
{
    public static string Suffix(YMapping root)
    {
        var kind = root.GetString("kind");
        var fields = new SortedDictionary<string, YNode?>(StringComparer.Ordinal)
        {
            ["kind"] = null,
            // getNodeValues looks "metadata/name" up with yaml.Lookup, which takes it as one field name that no object
            // has: the name is always hashed as "" (held to kubectl kustomize 5.5 by KustomizeOracleTests).
            ["name"] = null,
            ["data"] = root["data"],
        };
        if (kind == "Secret")
        {
            fields["type"] = root["type"];
            if (root["stringData"] is YMapping stringData)
            {
                fields["stringData"] = stringData;
            }
        }
        else if (root["binaryData"] is YMapping binaryData)
        {
            fields["binaryData"] = binaryData;
        }

        var json = new StringBuilder("{");
        foreach (var (key, value) in fields)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            WriteString(json, key);
            json.Append(':');
            if (key == "kind")
            {
                WriteString(json, kind ?? string.Empty);
            }
            else
            {
                WriteValue(json, value);
            }
        }

        json.Append('}');
        var hex = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json.ToString())));
        var suffix = hex.AsSpan(0, 10).ToArray();
        for (var i = 0; i < suffix.Length; i++)
        {
            suffix[i] = suffix[i] switch { '0' => 'g', '1' => 'h', '3' => 'k', 'a' => 'm', 'e' => 't', var c => c };
        }

        return new string(suffix);
    }

    /// <summary>A scalar as its text, a map as an object of strings with sorted keys (data, binaryData and stringData
    /// are string maps), anything absent as <c>""</c>, as <c>getNodeValues</c> gives them.</summary>
    private static void WriteValue(StringBuilder json, YNode? value)
    {
        if (value is YMapping map)
        {
            var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in map.Entries)
            {
                entries[entry.Key.Value] = TreeEdit.ValueOf(entry.Value);
            }

            json.Append('{');
            var first = true;
            foreach (var (key, text) in entries)
            {
                if (!first)
                {
                    json.Append(',');
                }

                first = false;
                WriteString(json, key);
                json.Append(':');
                WriteString(json, text);
            }

            json.Append('}');
            return;
        }

        WriteString(json, value is YScalar { IsNull: false } scalar ? scalar.Value : string.Empty);
    }

    /// <summary>A JSON string as Go's encoder writes it: <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, U+2028 and U+2029 as
    /// <c>\u</c> escapes, control characters as <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\u00XX</c>.</summary>
    internal static void WriteString(StringBuilder json, string text)
    {
        json.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    json.Append("\\\"");
                    break;
                case '\\':
                    json.Append("\\\\");
                    break;
                case '\n':
                    json.Append("\\n");
                    break;
                case '\r':
                    json.Append("\\r");
                    break;
                case '\t':
                    json.Append("\\t");
                    break;
                case < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029':
                    json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    json.Append(c);
                    break;
            }
        }

        json.Append('"');
    }
}
