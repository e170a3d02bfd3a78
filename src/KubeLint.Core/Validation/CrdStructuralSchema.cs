using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation;

/// <summary>One reason the apiserver refuses a CRD schema: the node to point at, the field path, its wording and our fix.</summary>
internal readonly record struct CrdSchemaProblem(YNode Node, FieldPath Path, string Wording, string Fix);

/// <summary>
/// The structural-schema rules an <c>apiextensions.k8s.io/v1</c> CRD's <c>openAPIV3Schema</c> must meet at create
/// (apiextensions-apiserver pkg/apiserver/schema/validation.go: ValidateStructural, validateStructuralInvariants,
/// validateExtensions, validateValueValidation, validateNestedValueValidation, validateStructuralMetadataInvariants),
/// and two rules of pkg/apis/apiextensions/validation/validation.go ValidateCustomResourceDefinitionOpenAPISchema
/// (additionalProperties beside properties, uniqueItems). v1beta1 CRDs are not held to them
/// (validation.go requireStructuralSchema returns false for a v1beta1 request, "for compatibility").
/// </summary>
internal static class CrdStructuralSchema
{
    /// <summary>Structural schemas are required of every v1 CRD, served from 1.16.</summary>
    public static readonly ValidationSource Source = new("staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/validation.go", "validateStructuralInvariants", Since: 16);

    private enum Level
    {
        Root,
        Item,
        Field,
    }

    private const string Nested = "inside allOf, anyOf, oneOf and not only value checks may stand";

    public static void Check(YMapping schema, YNode rootKey, FieldPath path, List<CrdSchemaProblem> problems) =>
        Structural(schema, rootKey, path, Level.Root, problems);

    private static void Structural(YMapping s, YNode key, FieldPath path, Level level, List<CrdSchemaProblem> problems)
    {
        var typeNode = s["type"] as YScalar;
        var type = typeNode?.Value ?? string.Empty;
        if (YValues.IsPlaceholder(type))
        {
            return;
        }

        var intOrString = YValues.IsTrue(s["x-kubernetes-int-or-string"]);
        var preserve = YValues.IsTrue(s["x-kubernetes-preserve-unknown-fields"]);
        var embedded = YValues.IsTrue(s["x-kubernetes-embedded-resource"]);
        var properties = s.GetMapping("properties");
        s.TryGetEntry("additionalProperties", out var additional);

        if (type == "array" && s["items"] is null)
        {
            problems.Add(new(s.GetKey("type")!, path.Child("items"), "Required value: must be specified", "give the array's items a schema (items: {type: …})"));
        }

        if (s.TryGetEntry("items", out var items) && items.Value is YMapping itemSchema)
        {
            Structural(itemSchema, items.Key, path.Child("items"), Level.Item, problems);
        }

        foreach (var property in properties?.Entries ?? default)
        {
            if (property.Value is YMapping child)
            {
                Structural(child, property.Key, path.Child("properties").Key(property.Key.Value), Level.Field, problems);
            }
        }

        if (additional.Key is not null)
        {
            if (level == Level.Root)
            {
                problems.Add(new(additional.Key, path.Child("additionalProperties"), "Forbidden: must not be used at the root", "describe the root's fields with properties"));
            }
            else if (properties is { Count: > 0 } && (additional.Value is YMapping || YValues.IsFalse(additional.Value)))
            {
                // validation.go ValidateCustomResourceDefinitionOpenAPISchema: a struct (properties) or a map (additionalProperties), not both.
                problems.Add(new(additional.Key, path.Child("additionalProperties"), "Forbidden: additionalProperties and properties are mutual exclusive", "keep properties for an object with known fields, or additionalProperties for a map"));
            }

            if (embedded)
            {
                problems.Add(new(additional.Key, path.Child("additionalProperties"), "Forbidden: must not be used if x-kubernetes-embedded-resource is set", "an embedded resource has properties, not additionalProperties"));
            }

            if (additional.Value is YMapping additionalSchema)
            {
                Structural(additionalSchema, additional.Key, path.Child("additionalProperties"), Level.Field, problems);
            }
        }

        // validateExtensions
        if (intOrString && preserve)
        {
            problems.Add(new(s.GetKey("x-kubernetes-preserve-unknown-fields")!, path.Child("x-kubernetes-preserve-unknown-fields"), "Invalid value: true: must be false if x-kubernetes-int-or-string is true", "an int-or-string field keeps no unknown fields: remove x-kubernetes-preserve-unknown-fields"));
        }

        if (intOrString && embedded)
        {
            problems.Add(new(s.GetKey("x-kubernetes-embedded-resource")!, path.Child("x-kubernetes-embedded-resource"), "Invalid value: true: must be false if x-kubernetes-int-or-string is true", "a field is an int-or-string or an embedded resource, not both"));
        }

        UniqueItems(s, path, problems);
        ValueValidation(s, path, IsIntOrStringAnyOf(s.GetSequence("anyOf")), IsIntOrStringAllOf(s), problems);

        if (embedded && type != "object")
        {
            problems.Add(typeNode is null
                ? new(key, path.Child("type"), "Required value: must be object if x-kubernetes-embedded-resource is true", "add type: object")
                : new(typeNode, path.Child("type"), $"Invalid value: \"{type}\": must be object if x-kubernetes-embedded-resource is true", "use type: object"));
        }
        else if (type.Length == 0 && !intOrString && !preserve)
        {
            var where = level switch
            {
                Level.Root => "at the root",
                Level.Item => "for specified array items",
                _ => "for specified object fields",
            };
            problems.Add(new(key, path.Child("type"), $"Required value: must not be empty {where}", "give it a type (object, array, string, integer, number or boolean), or x-kubernetes-preserve-unknown-fields: true"));
        }

        if (level == Level.Root && type.Length > 0 && type != "object" && typeNode is not null)
        {
            problems.Add(new(typeNode, path.Child("type"), $"Invalid value: \"{type}\": must be object at the root", "use type: object"));
        }

        var checkMetadata = level == Level.Root || embedded;
        foreach (var name in (ReadOnlySpan<string>)["kind", "apiVersion"])
        {
            if (checkMetadata && properties?.GetMapping(name) is { } field && field.GetString("type") is var fieldType && fieldType != "string")
            {
                problems.Add(new((YNode?)field.GetKey("type") ?? properties.GetKey(name)!, path.Child("properties").Key(name).Child("type"), $"Invalid value: \"{fieldType}\": must be string", "use type: string"));
            }
        }

        if (properties is not null && properties.TryGetEntry("metadata", out var metadata) && metadata.Value is YMapping metadataSchema)
        {
            Metadata(metadataSchema, metadata.Key, checkMetadata, level, path.Child("properties").Key("metadata"), problems);
        }

        if (embedded && !preserve && properties is not { Count: > 0 })
        {
            problems.Add(new(s.GetKey("x-kubernetes-embedded-resource")!, path.Child("properties"), "Required value: must not be empty if x-kubernetes-embedded-resource is true without x-kubernetes-preserve-unknown-fields", "list the embedded resource's fields, or add x-kubernetes-preserve-unknown-fields: true"));
        }
    }

    private static void Metadata(YMapping s, YScalar key, bool checkMetadata, Level level, FieldPath path, List<CrdSchemaProblem> problems)
    {
        var type = s.GetString("type") ?? string.Empty;
        if (checkMetadata && type != "object")
        {
            problems.Add(new((YNode?)s.GetKey("type") ?? key, path.Child("type"), $"Invalid value: \"{type}\": must be object", "use type: object"));
        }

        if (level != Level.Root)
        {
            return;
        }

        // At the root only type, a default and restrictions of name and generateName may be written.
        foreach (var entry in s.Entries)
        {
            var allowed = entry.Key.Value switch
            {
                "type" or "default" => true,
                "properties" => entry.Value is YMapping names && OnlyNames(names),
                _ => false,
            };
            if (!allowed)
            {
                problems.Add(new(entry.Key, path, "Forbidden: must not specify anything other than name and generateName, but metadata is implicitly specified", "the apiserver defines metadata: keep only type: object (and restrictions of name and generateName)"));
                return;
            }
        }
    }

    private static bool OnlyNames(YMapping properties)
    {
        foreach (var entry in properties.Entries)
        {
            if (entry.Key.Value is not ("name" or "generateName"))
            {
                return false;
            }
        }

        return true;
    }

    private static void UniqueItems(YMapping s, FieldPath path, List<CrdSchemaProblem> problems)
    {
        if (YValues.IsTrue(s["uniqueItems"]))
        {
            problems.Add(new(s.GetKey("uniqueItems")!, path.Child("uniqueItems"), "Forbidden: uniqueItems cannot be set to true since the runtime complexity becomes quadratic", "use x-kubernetes-list-type: set"));
        }
    }

    private static void ValueValidation(YMapping s, FieldPath path, bool skipAnyOf, bool skipFirstAllOfAnyOf, List<CrdSchemaProblem> problems)
    {
        if (!skipAnyOf)
        {
            Branches(s, "anyOf", path, -1, problems);
        }

        Branches(s, "allOf", path, skipFirstAllOfAnyOf ? 0 : -1, problems);
        Branches(s, "oneOf", path, -1, problems);
        if (s.GetMapping("not") is { } not)
        {
            NestedValue(not, path.Child("not"), false, problems);
        }

        // The pattern must compile with Go's regexp (RE2 syntax), not .NET's (kubernetes/kubernetes#78453, 1.15). A $ is
        // the end anchor here, not a placeholder: only template syntax is left alone.
        if (s["pattern"] is YScalar { IsNull: false, Value: { Length: > 0 } pattern } node
            && !pattern.Contains("{{", StringComparison.Ordinal) && !pattern.Contains("${", StringComparison.Ordinal)
            && GoRegexSyntax.Error(pattern) is { } error)
        {
            problems.Add(new(node, path.Child("pattern"), $"Invalid value: {GoFormat.Quote(pattern)}: must be a valid regular expression, but isn't: {error}",
                "write the pattern in RE2 syntax: no lookahead or lookbehind, no backreferences, no possessive or atomic groups"));
        }
    }

    private static void Branches(YMapping s, string keyword, FieldPath path, int skipAnyOfAt, List<CrdSchemaProblem> problems)
    {
        if (s.GetSequence(keyword) is not { } branches)
        {
            return;
        }

        for (var i = 0; i < branches.Count; i++)
        {
            if (branches.Items[i] is YMapping branch)
            {
                NestedValue(branch, path.Child(keyword).Index(i), i == skipAnyOfAt, problems);
            }
        }
    }

    private static void NestedValue(YMapping v, FieldPath path, bool skipAnyOf, List<CrdSchemaProblem> problems)
    {
        UniqueItems(v, path, problems);
        ValueValidation(v, path, skipAnyOf, false, problems);
        if (v.GetMapping("items") is { } items)
        {
            NestedValue(items, path.Child("items"), false, problems);
        }

        foreach (var property in v.GetMapping("properties")?.Entries ?? default)
        {
            if (property.Value is YMapping child)
            {
                NestedValue(child, path.Child("properties").Key(property.Key.Value), false, problems);
            }

            if (property.Key.Value == "metadata")
            {
                problems.Add(new(property.Key, path.Child("properties").Key("metadata"), "Forbidden: must not be specified in a nested context", "metadata is the apiserver's: leave it out of allOf, anyOf, oneOf and not"));
            }
        }

        foreach (var entry in v.Entries)
        {
            var wording = entry.Key.Value switch
            {
                "type" => "must be empty to be structural",
                "additionalProperties" or "default" or "externalDocs" or "x-kubernetes-list-type" or "x-kubernetes-map-type" => "must be undefined to be structural",
                "title" or "description" when entry.Value is YScalar { Value.Length: > 0 } => "must be empty to be structural",
                "nullable" or "x-kubernetes-preserve-unknown-fields" or "x-kubernetes-embedded-resource" or "x-kubernetes-int-or-string" when YValues.IsTrue(entry.Value) => "must be false to be structural",
                "x-kubernetes-list-map-keys" or "x-kubernetes-validations" when entry.Value is YSequence { Count: > 0 } => "must be empty to be structural",
                _ => null,
            };
            if (wording is not null)
            {
                problems.Add(new(entry.Key, path.Child(entry.Key.Value), $"Forbidden: {wording}", $"move {entry.Key.Value} out: {Nested}"));
            }
        }
    }

    // isIntOrStringAnyOfPattern: anyOf is exactly [{type: integer}, {type: string}].
    private static bool IsIntOrStringAnyOf(YSequence? anyOf) =>
        anyOf is { Count: 2 } && OnlyType(anyOf.Items[0], "integer") && OnlyType(anyOf.Items[1], "string");

    // isIntOrStringAllOfPattern: the first allOf branch's anyOf is that pattern.
    private static bool IsIntOrStringAllOf(YMapping s) =>
        s.GetSequence("allOf") is { Count: > 0 } allOf && allOf.Items[0] is YMapping first && IsIntOrStringAnyOf(first.GetSequence("anyOf"));

    private static bool OnlyType(YNode node, string type) =>
        node is YMapping { Count: 1 } mapping && mapping.GetString("type") == type;
}
