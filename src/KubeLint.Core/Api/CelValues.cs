using KubeLint.Core.Yaml;

namespace KubeLint.Core.Api;

/// <summary>
/// A custom resource's YAML as the values a CEL rule sees as <c>self</c>: maps are
/// <c>Dictionary&lt;string, object?&gt;</c>, lists <c>object?[]</c>, scalars <c>long</c>, <c>double</c>,
/// <c>string</c>, <c>bool</c> or null, typed by the schema's declared type where it has one (apiextensions-apiserver
/// pkg/apiserver/schema/cel/model/schemas.go SchemaDeclType: <c>integer</c> is int, <c>number</c> is double,
/// int-or-string is either) and by YAML 1.1 otherwise. Like the apiserver before validating, fields the schema
/// does not declare are pruned (pkg/apiserver/schema/pruning/algorithm.go Prune) and properties are defaulted
/// (<see cref="SchemaDefaults"/>); at a resource's root only
/// <c>metadata.name</c> and <c>metadata.generateName</c> are visible (model.WithTypeAndObjectMeta).
/// </summary>
internal sealed class CelValues
{
    /// <summary>More nodes than this and the value is not converted: the rule is reported as not evaluated.</summary>
    private const int MaxNodes = 100_000;

    /// <summary>True when a template placeholder or a value of the wrong type (KL1003's) makes the value unknown.</summary>
    public bool Unknown { get; private set; }

    /// <summary>Why the value cannot be given to the Cel package (a type it lacks), or null.</summary>
    public string? Unsupported { get; private set; }

    /// <summary>Nodes converted: the size term of a rule's cost bound.</summary>
    public int Nodes { get; private set; }

    public static (object? Value, CelValues State) Convert(YNode node, YMapping? schema, bool isResourceRoot)
    {
        var state = new CelValues();
        var value = state.Value(node, schema, isResourceRoot);
        return (value, state);
    }

    private object? Value(YNode node, YMapping? schema, bool isResourceRoot)
    {
        if (Unknown || Unsupported is not null)
        {
            return null;
        }

        if (++Nodes > MaxNodes)
        {
            Unsupported = $"the value has more than {MaxNodes} nodes";
            return null;
        }

        var type = schema?.GetString("type");
        switch (node)
        {
            case YMapping mapping when type is null or "object":
                return Map(mapping, schema, isResourceRoot || YValues.IsTrue(schema?["x-kubernetes-embedded-resource"]));
            case YSequence sequence when type is null or "array":
                var items = schema?.GetMapping("items");
                var list = new object?[sequence.Count];
                for (var i = 0; i < sequence.Count; i++)
                {
                    list[i] = Value(sequence.Items[i], items, false);
                }

                return list;
            case YScalar scalar:
                return Scalar(scalar, schema, type);
            default:
                Unknown = true; // a mapping or list where the schema wants another type: KL1003's
                return null;
        }
    }

    private Dictionary<string, object?> Map(YMapping mapping, YMapping? schema, bool isResource)
    {
        var properties = schema?.GetMapping("properties");
        var additional = schema?.GetMapping("additionalProperties");
        var keepUnknown = schema is null || YValues.IsTrue(schema["x-kubernetes-preserve-unknown-fields"]);
        var map = new Dictionary<string, object?>(mapping.Count, StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (isResource && key == "metadata")
            {
                map[key] = Metadata(entry.Value);
            }
            else if (properties?.GetMapping(key) is { } property)
            {
                if (SchemaDefaults.Effective(entry.Value, property) is { } value)
                {
                    map[key] = Value(value, property, false);
                }
            }
            else if (additional is not null)
            {
                if (SchemaDefaults.Effective(entry.Value, additional) is { } value)
                {
                    map[key] = Value(value, additional, false);
                }
            }
            else if (keepUnknown || (isResource && key is "apiVersion" or "kind"))
            {
                map[key] = Value(entry.Value, null, false);
            }
        }

        foreach (var property in properties?.Entries ?? default)
        {
            if (!mapping.TryGetEntry(property.Key.Value, out _) && property.Value is YMapping propertySchema && SchemaDefaults.Effective(null, propertySchema) is { } defaulted)
            {
                map[property.Key.Value] = Value(defaulted, propertySchema, false);
            }
        }

        return map;
    }

    // Only name and generateName of a resource's metadata are visible to its rules.
    private Dictionary<string, object?> Metadata(YNode node)
    {
        var metadata = new Dictionary<string, object?>(2, StringComparer.Ordinal);
        if (node is YMapping mapping)
        {
            foreach (var key in (ReadOnlySpan<string>)["name", "generateName"])
            {
                if (mapping[key] is YScalar scalar)
                {
                    metadata[key] = Scalar(scalar, null, "string");
                }
            }
        }

        return metadata;
    }

    private object? Scalar(YScalar scalar, YMapping? schema, string? type)
    {
        if (YValues.IsPlaceholder(scalar.Value))
        {
            Unknown = true;
            return null;
        }

        var kind = ScalarKinds.Classify(scalar);
        if (kind == ScalarKind.Null)
        {
            return null;
        }

        if (type == "string" && schema?.GetString("format") is "byte" or "date" or "date-time" or "duration")
        {
            // SchemaDeclType makes these bytes, timestamps and durations, which we do not convert.
            Unsupported = $"a string of format {schema.GetString("format")} is a CEL {(schema.GetString("format") == "byte" ? "bytes" : schema.GetString("format") == "duration" ? "duration" : "timestamp")} value, which KubeLint does not convert";
            return null;
        }

        var intOrString = schema is not null && YValues.IsTrue(schema["x-kubernetes-int-or-string"]);
        switch (kind)
        {
            case ScalarKind.Boolean when type is null or "boolean":
                return YValues.IsTrue(scalar);
            case ScalarKind.Integer or ScalarKind.Float when type is null or "integer" or "number" || intOrString:
                if (!JsonNumbers.TryRead(scalar, out var whole, out var number))
                {
                    break;
                }

                if (type == "number")
                {
                    return number;
                }

                if (whole is { } w && (type == "integer" || intOrString || kind == ScalarKind.Integer))
                {
                    return w;
                }

                if (type == "integer" || intOrString)
                {
                    break; // a fraction where an integer belongs: KL1003's
                }

                return number;
            case ScalarKind.String when type is null or "string" || intOrString:
                return scalar.Value;
        }

        Unknown = true; // the wrong type for the schema: KL1003 reports it
        return null;
    }
}
