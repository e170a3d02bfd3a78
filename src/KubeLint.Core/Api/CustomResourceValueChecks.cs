using System.Globalization;
using System.Text;
using KubeLint.Core.Analysis;
using KubeLint.Core.Validation;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Api;

/// <summary>One violation of a CRD schema by a custom resource (KL1019): the node it sits on, the
/// field path as the apiserver spells it, its wording and our fix.</summary>
internal readonly record struct SchemaViolation(YNode Node, string Path, string Wording, string Fix);

/// <summary>
/// The checks of KL1019 that need no JSON Schema engine, walked along the CRD schema:
/// <c>x-kubernetes-list-type: set|map</c> uniqueness and <c>x-kubernetes-embedded-resource</c>'s
/// apiVersion and kind. Also tells, once per schema, whether the schema has value keywords
/// (pattern, bounds, lengths, counts, multipleOf, uniqueItems, allOf/anyOf/oneOf/not) that only
/// <see cref="CustomResourceJsonSchema"/> checks, so that NJsonSchema is loaded and run only then.
/// </summary>
internal static class CustomResourceValueChecks
{
    /// <summary>apiextensions-apiserver pkg/apiserver/schema/listtype/validation.go: ValidateListSetsAndMaps (1.18 on).</summary>
    public static readonly ValidationSource ListTypes = new("staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/listtype/validation.go", "ValidateListSetsAndMaps", Since: 18);

    /// <summary>apiextensions-apiserver pkg/apiserver/schema/objectmeta/validation.go: validateEmbeddedResource (1.16 on).</summary>
    public static readonly ValidationSource EmbeddedResources = new("staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/objectmeta/validation.go", "validateEmbeddedResource", Since: 16);

    /// <summary>kube-openapi pkg/validation/validate (go-openapi before 1.19) via apiextensions-apiserver pkg/apiserver/validation: ValidateCustomResource (CRD validation on by default from 1.9).</summary>
    public static readonly ValidationSource ValueKeywords = new("staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/validation/validation.go", "ValidateCustomResource", Since: 9);

    private static readonly HashSet<string> ValueKeywordNames =
    [
        "pattern", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems",
        "minProperties", "maxProperties", "uniqueItems", "multipleOf", "allOf", "anyOf", "oneOf", "not",
    ];

    /// <summary>Fields of the root the schema walk leaves to the apiserver's own checks (metadata) or
    /// that a create does not validate against the schema in every setup (status).</summary>
    internal static readonly HashSet<string> SkippedRootFields = ["apiVersion", "kind", "metadata", "status"];

    private static readonly RunTable<YMapping, bool> HasValueKeywordsMemo = new(ReferenceEqualityComparer.Instance);

    /// <summary>True when the schema uses a keyword only the JSON Schema validation checks; computed once per schema and run.</summary>
    public static bool NeedsJsonSchema(ActionContext ctx, YMapping schema) =>
        ctx.Run.Get(HasValueKeywordsMemo).GetOrAdd(schema, static s => HasValueKeywords(s));

    private static bool HasValueKeywords(YNode node)
    {
        switch (node)
        {
            case YMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    if (ValueKeywordNames.Contains(entry.Key.Value) && !(entry.Key.Value == "uniqueItems" && !YValues.IsTrue(entry.Value)))
                    {
                        return true;
                    }

                    if (entry.Value is YMapping or YSequence && entry.Key.Value is not ("enum" or "default" or "example" or "required") && HasValueKeywords(entry.Value))
                    {
                        return true;
                    }
                }

                return false;
            case YSequence sequence:
                foreach (var item in sequence.Items)
                {
                    if (HasValueKeywords(item))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>Walks the resource along its schema for list types and embedded resources.</summary>
    public static void Check(YMapping root, YMapping schema, int minor, List<SchemaViolation> violations)
    {
        var lists = ListTypes.AppliesTo(minor);
        var embedded = EmbeddedResources.AppliesTo(minor);
        if (!lists && !embedded)
        {
            return;
        }

        var properties = schema.GetMapping("properties");
        foreach (var entry in root.Entries)
        {
            if (!SkippedRootFields.Contains(entry.Key.Value) && properties?.GetMapping(entry.Key.Value) is { } child)
            {
                Walk(entry.Value, child, FieldPath.Root(entry.Key.Value), entry.Key, lists, embedded, violations);
            }
        }
    }

    private static void Walk(YNode node, YMapping schema, FieldPath path, YNode anchor, bool lists, bool embedded, List<SchemaViolation> violations)
    {
        switch (node)
        {
            case YMapping mapping:
                if (embedded && YValues.IsTrue(schema["x-kubernetes-embedded-resource"]))
                {
                    foreach (var required in (ReadOnlySpan<string>)["apiVersion", "kind"])
                    {
                        if (!mapping.TryGetEntry(required, out _))
                        {
                            violations.Add(new SchemaViolation(anchor, path.Child(required).ToString(), "Required value",
                                $"an embedded resource (x-kubernetes-embedded-resource) needs its {required}"));
                        }
                    }
                }

                var properties = schema.GetMapping("properties");
                var additional = schema.GetMapping("additionalProperties");
                foreach (var entry in mapping.Entries)
                {
                    if (properties?.GetMapping(entry.Key.Value) is { } child)
                    {
                        Walk(entry.Value, child, path.Child(entry.Key.Value), entry.Key, lists, embedded, violations);
                    }
                    else if (additional is not null)
                    {
                        Walk(entry.Value, additional, path.Key(entry.Key.Value), entry.Key, lists, embedded, violations);
                    }
                }

                return;
            case YSequence sequence:
                if (lists)
                {
                    switch (schema.GetString("x-kubernetes-list-type"))
                    {
                        case "set":
                            CheckSet(sequence, schema.GetMapping("items"), path, violations);
                            break;
                        case "map" when schema.GetSequence("x-kubernetes-list-map-keys") is { Count: > 0 } keys:
                            CheckMap(sequence, keys, schema.GetMapping("items"), path, violations);
                            break;
                    }
                }

                if (schema.GetMapping("items") is { } items)
                {
                    for (var i = 0; i < sequence.Count; i++)
                    {
                        var item = sequence.Items[i];
                        Walk(item, items, path.Index(i), item is YMapping { Count: > 0 } m ? m.Entries[0].Key : item, lists, embedded, violations);
                    }
                }

                return;
        }
    }

    // Each value reported once, at its second appearance, as validateListSet does; items compared as defaulted.
    private static void CheckSet(YSequence sequence, YMapping? itemSchema, FieldPath path, List<SchemaViolation> violations)
    {
        if (sequence.Count < 2)
        {
            return;
        }

        var seen = new Dictionary<string, int>(sequence.Count, StringComparer.Ordinal);
        for (var i = 0; i < sequence.Count; i++)
        {
            var item = sequence.Items[i];
            if (Canonical(item, itemSchema) is not { } value)
            {
                continue; // a placeholder: its value is not known
            }

            seen.TryGetValue(value, out var times);
            seen[value] = times + 1;
            if (times == 1)
            {
                violations.Add(new SchemaViolation(item is YMapping { Count: > 0 } m ? m.Entries[0].Key : item, path.Index(i).ToString(),
                    $"Duplicate value: {value}", "a list of x-kubernetes-list-type set holds each value once: remove the repeat"));
            }
        }
    }

    // validateListMap compares the key fields of each item after defaulting (a key field left out takes its
    // schema's default, so {containerPort: 88} repeats {containerPort: 88, protocol: TCP} when protocol defaults
    // to TCP), written as JSON with sorted names; an item that has none of them has the key {}.
    private static void CheckMap(YSequence sequence, YSequence keyFields, YMapping? itemSchema, FieldPath path, List<SchemaViolation> violations)
    {
        if (sequence.Count < 2)
        {
            return;
        }

        var itemProperties = itemSchema?.GetMapping("properties");
        var seen = new Dictionary<string, int>(sequence.Count, StringComparer.Ordinal);
        var parts = new List<(string Name, string Value)>(keyFields.Count);
        var text = new StringBuilder();
        for (var i = 0; i < sequence.Count; i++)
        {
            if (sequence.Items[i] is not YMapping item)
            {
                continue; // not an object: a type problem, KL1003's
            }

            parts.Clear();
            YNode? anchor = null;
            var known = true;
            foreach (var field in keyFields.Items)
            {
                if (field is not YScalar { Value: var name })
                {
                    continue;
                }

                var present = item.TryGetEntry(name, out var entry) ? entry.Value : null;
                if (SchemaDefaults.Effective(present, itemProperties?.GetMapping(name)) is not { } effective)
                {
                    continue;
                }

                if (Canonical(effective) is not { } value)
                {
                    known = false;
                    break;
                }

                if (ReferenceEquals(effective, present))
                {
                    anchor ??= present; // a default sits in the CRD, not here: point at the item's own key value
                }

                parts.Add((name, value));
            }

            if (!known)
            {
                continue;
            }

            parts.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            text.Clear().Append('{');
            foreach (var (name, value) in parts)
            {
                text.Append(text.Length > 1 ? "," : string.Empty).Append('"').Append(name).Append("\":").Append(value);
            }

            var key = text.Append('}').ToString();
            seen.TryGetValue(key, out var times);
            seen[key] = times + 1;
            if (times == 1)
            {
                violations.Add(new SchemaViolation(anchor ?? (item.Count > 0 ? item.Entries[0].Key : item), path.Index(i).ToString(),
                    $"Duplicate value: {key}", "a list of x-kubernetes-list-type map holds each key (x-kubernetes-list-map-keys) once: remove or rename the repeat"));
            }
        }
    }

    /// <summary>The value as JSON with sorted keys (how the apiserver compares set items), defaulted along
    /// <paramref name="schema"/> when given (<see cref="SchemaDefaults"/>), or null when a placeholder makes it unknown.</summary>
    internal static string? Canonical(YNode node, YMapping? schema = null)
    {
        var text = new StringBuilder();
        return Append(node, schema, text) ? text.ToString() : null;
    }

    private static bool Append(YNode node, YMapping? schema, StringBuilder text)
    {
        switch (node)
        {
            case YScalar scalar:
                if (YValues.IsPlaceholder(scalar.Value))
                {
                    return false;
                }

                switch (ScalarKinds.Classify(scalar))
                {
                    case ScalarKind.Null:
                        text.Append("null");
                        return true;
                    case ScalarKind.Boolean:
                        text.Append(YValues.IsTrue(scalar) ? "true" : "false");
                        return true;
                    case ScalarKind.Integer or ScalarKind.Float when JsonNumbers.TryRead(scalar, out var whole, out var number):
                        text.Append(whole is { } w ? w.ToString(CultureInfo.InvariantCulture) : number.ToString("R", CultureInfo.InvariantCulture));
                        return true;
                    default:
                        AppendString(scalar.Value, text);
                        return true;
                }

            case YSequence sequence:
                text.Append('[');
                for (var i = 0; i < sequence.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    if (!Append(sequence.Items[i], schema?.GetMapping("items"), text))
                    {
                        return false;
                    }
                }

                text.Append(']');
                return true;
            case YMapping mapping:
                var fields = Defaulted(mapping, schema);
                fields.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
                text.Append('{');
                for (var i = 0; i < fields.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    AppendString(fields[i].Name, text);
                    text.Append(':');
                    if (!Append(fields[i].Value, fields[i].Schema, text))
                    {
                        return false;
                    }
                }

                text.Append('}');
                return true;
            default:
                return true;
        }
    }

    /// <summary>An object's fields after defaulting: its own (a non-nullable null dropped or defaulted), then the
    /// defaults of properties it leaves out, each with the schema of its value.</summary>
    private static List<(string Name, YNode Value, YMapping? Schema)> Defaulted(YMapping mapping, YMapping? schema)
    {
        var properties = schema?.GetMapping("properties");
        var additional = schema?.GetMapping("additionalProperties");
        var fields = new List<(string, YNode, YMapping?)>(mapping.Count);
        foreach (var entry in mapping.Entries)
        {
            var fieldSchema = properties?.GetMapping(entry.Key.Value) ?? additional;
            if (SchemaDefaults.Effective(entry.Value, fieldSchema) is { } value)
            {
                fields.Add((entry.Key.Value, value, fieldSchema));
            }
        }

        foreach (var property in properties?.Entries ?? default)
        {
            if (!mapping.TryGetEntry(property.Key.Value, out _) && property.Value is YMapping propertySchema
                && SchemaDefaults.Effective(null, propertySchema) is { } defaulted)
            {
                fields.Add((property.Key.Value, defaulted, propertySchema));
            }
        }

        return fields;
    }

    private static void AppendString(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"' or '\\':
                    text.Append('\\').Append(c);
                    break;
                case < ' ':
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }
}

/// <summary>Numbers as kubectl writes them to JSON: YAML 1.1 integers (signs, underscores, 0x, 0o and 0-prefixed octal), floats, whole floats as integers.</summary>
internal static class JsonNumbers
{
    public static bool TryRead(YScalar scalar, out long? whole, out double number)
    {
        whole = null;
        number = 0;
        var text = scalar.Value.Replace("_", string.Empty, StringComparison.Ordinal);
        var negative = text.StartsWith('-');
        var digits = text.TrimStart('+', '-');
        if (ScalarKinds.Classify(scalar) == ScalarKind.Integer)
        {
            long value;
            var ok = digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                ? long.TryParse(digits.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value)
                : digits.StartsWith("0o", StringComparison.OrdinalIgnoreCase) ? TryOctal(digits.AsSpan(2), out value)
                : digits.Length > 1 && digits[0] == '0' ? TryOctal(digits.AsSpan(1), out value)
                : long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
            if (ok)
            {
                whole = negative ? -value : value;
                number = whole.Value;
                return true;
            }
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number))
        {
            if (Math.Floor(number) == number && Math.Abs(number) < 9e15)
            {
                whole = (long)number;
            }

            return true;
        }

        return false;
    }

    private static bool TryOctal(ReadOnlySpan<char> digits, out long value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '7' || value > long.MaxValue / 8)
            {
                return false;
            }

            value = (value * 8) + (c - '0');
        }

        return true;
    }
}
