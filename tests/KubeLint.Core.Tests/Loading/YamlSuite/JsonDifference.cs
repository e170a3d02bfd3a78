using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KubeLint.Core.Tests.Loading.YamlSuite;

/// <summary>Where two JSON values first differ (a path and both values), or null when they are equal;
/// numbers are equal when their values are (the suite writes <c>1e3</c> as <c>1000</c>).</summary>
internal static class JsonDifference
{
    public static string? Find(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                foreach (var (key, value) in e)
                {
                    if (!a.TryGetPropertyValue(key, out var other))
                    {
                        return $"{path}: key \"{key}\" is missing";
                    }

                    if (Find(value, other, $"{path}.{key}") is { } difference)
                    {
                        return difference;
                    }
                }

                var extra = a.Select(p => p.Key).FirstOrDefault(k => !e.ContainsKey(k));
                return extra is null ? null : $"{path}: extra key \"{extra}\"";
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    return $"{path}: {e.Count} items expected, {a.Count} found";
                }

                for (var i = 0; i < e.Count; i++)
                {
                    if (Find(e[i], a[i], $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case (JsonValue e, JsonValue a) when e.GetValueKind() == JsonValueKind.Number && a.GetValueKind() == JsonValueKind.Number:
                return Number(e) == Number(a) ? null : Differ(path, e, a);
            case (JsonValue e, JsonValue a) when e.GetValueKind() == JsonValueKind.String && a.GetValueKind() == JsonValueKind.String:
                return e.GetValue<string>() == a.GetValue<string>() ? null : Differ(path, e, a);
            case (JsonValue e, JsonValue a) when e.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                return e.GetValueKind() == a.GetValueKind() ? null : Differ(path, e, a);
            default:
                return Differ(path, expected, actual);
        }
    }

    private static double Number(JsonValue value) => double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Differ(string path, JsonNode? expected, JsonNode? actual) =>
        $"{path}: expected {expected?.ToJsonString() ?? "null"}, found {actual?.ToJsonString() ?? "null"}";

    /// <summary>The JSON values of a text that may hold several, one per YAML document.</summary>
    public static List<JsonNode?> ParseAll(string json)
    {
        var values = new List<JsonNode?>();
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            values.Add(JsonNode.Parse(ref reader));
        }

        return values;
    }
}
