using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Configuration;

/// <summary>
/// Writes the per-rule part of <c>schemas/kubelint-config.schema.json</c> from the rules' descriptors: under
/// <c>rules</c>, one property per built-in rule with its severity and declared options (no others), so editors flag a
/// misspelt option as KL9001 does. The rest of the schema is written by hand and kept as it is.
/// </summary>
internal static class ConfigSchemaRules
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The schema text with <c>properties.rules.properties</c> made from <paramref name="rules"/>.</summary>
    public static string Update(string schemaJson, IEnumerable<DiagnosticDescriptor> rules)
    {
        var schema = JsonNode.Parse(schemaJson)?.AsObject() ?? throw new FormatException("the schema is not a JSON object");
        var section = schema["properties"]?["rules"]?.AsObject() ?? throw new FormatException("the schema has no properties.rules");
        var properties = new JsonObject();
        foreach (var rule in rules.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            properties[rule.Id] = Rule(rule);
        }

        // Before additionalProperties (the custom rules' entries), so the file reads top-down.
        var rebuilt = new JsonObject();
        foreach (var (key, value) in section.ToList())
        {
            if (key == "properties")
            {
                continue;
            }

            if (key == "additionalProperties")
            {
                rebuilt["properties"] = properties;
            }

            section.Remove(key);
            rebuilt[key] = value;
        }

        schema["properties"]!["rules"] = rebuilt;
        var definitions = schema["definitions"]?.AsObject() ?? throw new FormatException("the schema has no definitions");
        definitions.Remove(WithoutOptions);
        definitions[WithoutOptions] = Settings(new JsonObject { ["severity"] = Severity() });
        return schema.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>The definition rules without options share: a severity, or a mapping with only a severity.</summary>
    private const string WithoutOptions = "ruleWithoutOptions";

    private static JsonObject Rule(DiagnosticDescriptor rule)
    {
        var description = $"{rule.Id}: {rule.Title}";
        if (rule.Options.Count == 0)
        {
            // draft-07 ignores a $ref's siblings, hence allOf.
            return new JsonObject { ["description"] = description, ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = $"#/definitions/{WithoutOptions}" }) };
        }

        var settings = new JsonObject { ["severity"] = Severity() };
        foreach (var option in rule.Options)
        {
            settings[option.Name] = Option(option);
        }

        var schema = Settings(settings);
        schema["description"] = description;
        return schema;
    }

    private static JsonObject Settings(JsonObject properties) => new()
    {
        ["oneOf"] = new JsonArray(Severity(), new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false }),
    };

    private static JsonObject Severity() => new() { ["$ref"] = "#/definitions/severity" };

    private static JsonObject Option(RuleOption option)
    {
        var schema = option.Kind switch
        {
            RuleOptionKind.StringList => new JsonObject
            {
                ["oneOf"] = new JsonArray(
                    new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                    new JsonObject { ["type"] = "string", ["description"] = "comma-separated" }),
            },
            RuleOptionKind.String => new JsonObject { ["type"] = "string" },
            RuleOptionKind.Boolean => new JsonObject { ["type"] = "boolean" },
            _ => new JsonObject { ["type"] = "integer" },
        };
        schema["description"] = option.Description;
        if (option.DefaultText is { } value)
        {
            schema["default"] = option.Kind switch
            {
                RuleOptionKind.Boolean => JsonValue.Create(value == "true"),
                RuleOptionKind.Integer => JsonValue.Create(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)),
                _ => JsonValue.Create(value),
            };
        }

        return schema;
    }
}
