using System.Globalization;
using System.Text;
using KubeLint.Core.Analysis;
using KubeLint.Core.Yaml;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace KubeLint.Core.Api;

/// <summary>
/// KL1019's value keywords, checked with NJsonSchema: the CRD's openAPIV3Schema becomes a
/// <see cref="JsonSchema"/> (once per schema and run, when a custom resource of it is met) holding
/// only what the schema walk of KL1001–KL1005 does not check — pattern, minimum/maximum (exclusive as
/// OpenAPI v3.0 booleans), min/maxLength, min/maxItems, min/maxProperties, uniqueItems, multipleOf,
/// allOf/anyOf/oneOf/not. Types, enums and required fields stay out (KL1003–KL1005 report them), except
/// inside allOf/anyOf/oneOf/not where they decide which branch matches; formats stay out (see the rule
/// page); every type admits null (the apiserver prunes a null it does not accept before validating).
/// The resource becomes JSON as kubectl reads the YAML, each JSON value remembering its YAML node.
/// Only this class names NJsonSchema's types, so a run without custom resources never loads it.
/// </summary>
internal static class CustomResourceJsonSchema
{
    private static readonly HashSet<string> ValueKeywords =
    [
        "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
        "minItems", "maxItems", "minProperties", "maxProperties", "uniqueItems", "multipleOf",
    ];

    private const string WrittenPattern = "x-kubelint-written-pattern";

    private static readonly HashSet<string> Types = ["object", "array", "string", "integer", "number", "boolean"];

    /// <summary>Each CRD schema's JSON Schema, built once per schema and run (null: NJsonSchema cannot read it).</summary>
    private static readonly RunTable<YMapping, Lazy<JsonSchema?>> SchemasMemo = new(ReferenceEqualityComparer.Instance);

    public static void Check(ActionContext ctx, YMapping root, YMapping schema, List<SchemaViolation> violations)
    {
        var jsonSchema = ctx.Run.Get(SchemasMemo)
            .GetOrAdd(schema, static s => new Lazy<JsonSchema?>(() => Build(s))).Value;
        if (jsonSchema is null)
        {
            return;
        }

        var anchors = new Dictionary<JToken, YNode>(ReferenceEqualityComparer.Instance);
        var kind = root.GetKey("kind") ?? (YNode)root;
        var resource = new JObject();
        AddFields(resource, root, schema, kind, null, anchors, isRoot: true);
        anchors[resource] = kind;
        foreach (var error in jsonSchema.Validate(resource))
        {
            Map(error, anchors, violations);
        }
    }

    private static JsonSchema? Build(YMapping schema)
    {
        var json = SchemaJson(schema, inBranch: false, isRoot: true);
        try
        {
            return JsonSchema.FromJsonAsync(json.ToString(Formatting.None)).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return null; // a schema NJsonSchema cannot read is KL1020's to report, not a reason to guess
        }
    }

    private static JObject SchemaJson(YMapping schema, bool inBranch, bool isRoot = false)
    {
        var json = new JObject();
        foreach (var entry in schema.Entries)
        {
            var key = entry.Key.Value;
            switch (key)
            {
                case "properties" when entry.Value is YMapping properties:
                    var children = new JObject();
                    foreach (var property in properties.Entries)
                    {
                        if (property.Value is YMapping child && !(isRoot && CustomResourceValueChecks.SkippedRootFields.Contains(property.Key.Value)))
                        {
                            children[property.Key.Value] = SchemaJson(child, inBranch);
                        }
                    }

                    json[key] = children;
                    break;
                case "items" or "additionalProperties" when entry.Value is YMapping child:
                    json[key] = SchemaJson(child, inBranch);
                    break;
                case "not" when entry.Value is YMapping child:
                    json[key] = SchemaJson(child, inBranch: true);
                    break;
                case "allOf" or "anyOf" or "oneOf" when entry.Value is YSequence branches:
                    var list = new JArray();
                    foreach (var branch in branches.Items)
                    {
                        if (branch is YMapping b)
                        {
                            list.Add(SchemaJson(b, inBranch: true));
                        }
                    }

                    json[key] = list;
                    break;
                case "type" when inBranch && entry.Value is YScalar { Value: var type } && Types.Contains(type):
                    json[key] = new JArray(type, "null");
                    break;
                case "enum" or "required" when inBranch && entry.Value is YSequence values:
                    json[key] = ToJson(values, values, null);
                    break;
                // The apiserver matches with Go's regexp: give NJsonSchema the .NET spelling, or no pattern when there is none.
                case "pattern" when entry.Value is YScalar { Value: var pattern }:
                    if (Validation.GoRegexSyntax.ToDotNet(pattern) is { } dotNet)
                    {
                        json[key] = dotNet;
                        json[WrittenPattern] = pattern; // the message quotes the pattern as the CRD writes it
                    }

                    break;
                default:
                    if (ValueKeywords.Contains(key) && entry.Value is YScalar scalar)
                    {
                        json[key] = ToJson(scalar, scalar, null);
                    }

                    break;
            }
        }

        return json;
    }

    /// <summary>A YAML value as JSON; with <paramref name="anchors"/> (a resource, not a schema) placeholders read as null,
    /// each value remembers its node and objects are defaulted along <paramref name="schema"/> as the apiserver defaults
    /// before it validates (<see cref="SchemaDefaults"/>); a value that came from a default, and all inside it,
    /// remembers <paramref name="fixedAnchor"/>, the resource's node that holds it.</summary>
    private static JToken ToJson(YNode node, YNode anchor, Dictionary<JToken, YNode>? anchors, YMapping? schema = null, YNode? fixedAnchor = null)
    {
        JToken token;
        switch (node)
        {
            case YMapping mapping:
                var obj = new JObject();
                if (anchors is null)
                {
                    foreach (var entry in mapping.Entries)
                    {
                        obj[entry.Key.Value] = ToJson(entry.Value, entry.Value, null);
                    }
                }
                else
                {
                    AddFields(obj, mapping, schema, anchor, fixedAnchor, anchors, isRoot: false);
                }

                token = obj;
                break;
            case YSequence sequence:
                var array = new JArray();
                var items = schema?.GetMapping("items");
                foreach (var item in sequence.Items)
                {
                    array.Add(ToJson(item, fixedAnchor ?? (item is YMapping { Count: > 0 } m ? m.Entries[0].Key : item), anchors, items, fixedAnchor));
                }

                token = array;
                break;
            case YScalar scalar when anchors is not null && YValues.IsPlaceholder(scalar.Value):
                token = JValue.CreateNull(); // unknown until rendered: null meets every value keyword
                break;
            case YScalar scalar:
                token = ScalarKinds.Classify(scalar) switch
                {
                    ScalarKind.Null => JValue.CreateNull(),
                    ScalarKind.Boolean => new JValue(YValues.IsTrue(scalar)),
                    ScalarKind.Integer or ScalarKind.Float => JsonNumbers.TryRead(scalar, out var whole, out var number)
                        ? whole is { } w ? new JValue(w) : new JValue(number)
                        : JValue.CreateNull(),
                    _ => new JValue(scalar.Value),
                };
                break;
            default:
                token = JValue.CreateNull();
                break;
        }

        if (anchors is not null)
        {
            anchors[token] = anchor;
        }

        return token;
    }

    /// <summary>A resource object's fields, defaulted: its own (a non-nullable null dropped or defaulted), then the
    /// defaults of properties it leaves out. At the root, the fields the schema walk skips stay out.</summary>
    private static void AddFields(JObject obj, YMapping mapping, YMapping? schema, YNode anchor, YNode? fixedAnchor, Dictionary<JToken, YNode> anchors, bool isRoot)
    {
        var properties = schema?.GetMapping("properties");
        var additional = schema?.GetMapping("additionalProperties");
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (isRoot && CustomResourceValueChecks.SkippedRootFields.Contains(key))
            {
                continue;
            }

            var fieldSchema = properties?.GetMapping(key) ?? additional;
            if (SchemaDefaults.Effective(entry.Value, fieldSchema) is not { } value)
            {
                continue;
            }

            var own = ReferenceEquals(value, entry.Value);
            var childFixed = fixedAnchor ?? (own ? null : entry.Key);
            obj[key] = ToJson(value, childFixed ?? (value is YScalar ? value : entry.Key), anchors, fieldSchema, childFixed);
        }

        foreach (var property in properties?.Entries ?? default)
        {
            if (!mapping.TryGetEntry(property.Key.Value, out _) && property.Value is YMapping propertySchema
                && !(isRoot && CustomResourceValueChecks.SkippedRootFields.Contains(property.Key.Value))
                && SchemaDefaults.Effective(null, propertySchema) is { } defaulted)
            {
                obj[property.Key.Value] = ToJson(defaulted, fixedAnchor ?? anchor, anchors, propertySchema, fixedAnchor ?? anchor);
            }
        }
    }

    private static void Map(ValidationError error, Dictionary<JToken, YNode> anchors, List<SchemaViolation> violations)
    {
        if (error is ChildSchemaValidationError child && error.Kind is ValidationErrorKind.ArrayItemNotValid
            or ValidationErrorKind.AdditionalPropertiesNotValid or ValidationErrorKind.AdditionalItemNotValid or ValidationErrorKind.NotAllOf)
        {
            foreach (var errors in child.Errors.Values)
            {
                foreach (var inner in errors)
                {
                    Map(inner, anchors, violations);
                }
            }

            return;
        }

        if (error.Token is not { } token || !anchors.TryGetValue(token, out var node))
        {
            return;
        }

        var schema = error.Schema;
        var (reason, fix) = error.Kind switch
        {
            ValidationErrorKind.PatternMismatch => ($"should match '{(schema.ExtensionData?.TryGetValue(WrittenPattern, out var written) == true ? written : schema.Pattern)}'", "use a value that matches the schema's pattern"),
            ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig => Maximum(schema),
            ValidationErrorKind.NumberTooSmall => Minimum(schema),
            ValidationErrorKind.StringTooLong => ($"should be at most {schema.MaxLength} chars long", $"shorten it to at most {schema.MaxLength} characters"),
            ValidationErrorKind.StringTooShort => ($"should be at least {schema.MinLength} chars long", $"lengthen it to at least {schema.MinLength} characters"),
            ValidationErrorKind.TooManyItems => ($"should have at most {schema.MaxItems} items", $"keep at most {schema.MaxItems} items"),
            ValidationErrorKind.TooFewItems => ($"should have at least {schema.MinItems} items", $"give at least {schema.MinItems} items"),
            ValidationErrorKind.ItemsNotUnique => ("shouldn't contain duplicates", "remove the repeated items"),
            ValidationErrorKind.NumberNotMultipleOf or ValidationErrorKind.IntegerNotMultipleOf => ($"should be a multiple of {Number(schema.MultipleOf)}", $"use a multiple of {Number(schema.MultipleOf)}"),
            ValidationErrorKind.TooManyProperties => ($"should have at most {schema.MaxProperties} properties", $"keep at most {schema.MaxProperties} entries"),
            ValidationErrorKind.TooFewProperties => ($"should have at least {schema.MinProperties} properties", $"give at least {schema.MinProperties} entries"),
            ValidationErrorKind.NotOneOf => ("must validate one and only one schema (oneOf)", "make it match exactly one of the schema's oneOf alternatives"),
            ValidationErrorKind.NotAnyOf => ("must validate at least one schema (anyOf)", "make it match one of the schema's anyOf alternatives"),
            ValidationErrorKind.ExcludedSchemaValidates => ("must not validate the schema (not)", "change it so that it no longer matches the schema under not"),
            _ => (null, null), // types, enums, required, unknown fields: KL1001–KL1005's
        };
        if (reason is null || fix is null)
        {
            return;
        }

        var path = PathOf(token);
        violations.Add(new SchemaViolation(node, path, $"Invalid value: {Display(token)}: {path} in body {reason}", fix));
    }

    private static (string, string) Maximum(JsonSchema schema) =>
        schema.ExclusiveMaximum is { } exclusive ? ($"should be less than {Number(exclusive)}", $"use a value below {Number(exclusive)}")
        : schema.IsExclusiveMaximum ? ($"should be less than {Number(schema.Maximum)}", $"use a value below {Number(schema.Maximum)}")
        : ($"should be less than or equal to {Number(schema.Maximum)}", $"use a value of at most {Number(schema.Maximum)}");

    private static (string, string) Minimum(JsonSchema schema) =>
        schema.ExclusiveMinimum is { } exclusive ? ($"should be greater than {Number(exclusive)}", $"use a value above {Number(exclusive)}")
        : schema.IsExclusiveMinimum ? ($"should be greater than {Number(schema.Minimum)}", $"use a value above {Number(schema.Minimum)}")
        : ($"should be greater than or equal to {Number(schema.Minimum)}", $"use a value of at least {Number(schema.Minimum)}");

    private static string Number(decimal? value) => value?.ToString("G29", CultureInfo.InvariantCulture) ?? "?";

    private static string Display(JToken token) => token switch
    {
        JValue { Type: JTokenType.String } value => $"\"{value.Value}\"",
        JValue { Type: JTokenType.Float } value => ((double)value).ToString("R", CultureInfo.InvariantCulture),
        JValue value => Convert.ToString(value.Value, CultureInfo.InvariantCulture)?.ToLowerInvariant() ?? "null",
        _ => token.ToString(Formatting.None),
    };

    /// <summary>The field path as the apiserver spells it: <c>spec.ports[0].name</c>.</summary>
    private static string PathOf(JToken token)
    {
        var steps = new List<string>();
        var current = token;
        while (current.Parent is { } parent)
        {
            if (parent is JProperty property)
            {
                steps.Add(property.Name);
                if (property.Parent is not { } owner)
                {
                    break;
                }

                current = owner;
            }
            else
            {
                if (parent is JArray array)
                {
                    steps.Add($"[{array.IndexOf(current).ToString(CultureInfo.InvariantCulture)}]");
                }

                current = parent;
            }
        }

        return Join(steps);
    }

    private static string Join(List<string> steps)
    {
        var text = new StringBuilder();
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            if (text.Length > 0 && steps[i][0] != '[')
            {
                text.Append('.');
            }

            text.Append(steps[i]);
        }

        return text.ToString();
    }
}
