using System.Text;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Crd;

/// <summary>
/// What an <c>apiextensions.k8s.io/v1</c> CRD's schema must say about <c>x-kubernetes-list-type</c> and
/// <c>x-kubernetes-list-map-keys</c> at create (apiextensions-apiserver pkg/apis/apiextensions/validation/validation.go:
/// ValidateCustomResourceDefinitionOpenAPISchema for the list type, its array and its keys, validateMapListKeysMapSet
/// for keys that must be required or defaulted and never nullable). Reported by KL1020 beside the structural rules;
/// an array without <c>items</c> is left to those (<see cref="CrdStructuralSchema"/>).
/// </summary>
internal static class CrdListTypeSchema
{
    /// <summary>From 1.18, where list types are enforced on resources too and where the required-or-default rule is
    /// known to hold (kubernetes/kubernetes#91395 reports it on 1.18); the checks may be older, we do not claim them.</summary>
    public static readonly ValidationSource Source = new("staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation/validation.go", "ValidateCustomResourceDefinitionOpenAPISchema, validateMapListKeysMapSet", Since: 18);

    public static void Check(YMapping schema, FieldPath path, List<CrdSchemaProblem> problems)
    {
        Node(schema, path, problems);
        foreach (var (child, childPath) in CrdSchemaChildren.Of(schema, path))
        {
            Check(child, childPath, problems);
        }
    }

    private static void Node(YMapping s, FieldPath path, List<CrdSchemaProblem> problems)
    {
        var listTypeEntry = s.TryGetEntry("x-kubernetes-list-type", out var lt) ? lt : default;
        var listType = (listTypeEntry.Value as YScalar)?.Value;
        var keys = s.GetSequence("x-kubernetes-list-map-keys");
        if (listType is null && keys is not { Count: > 0 })
        {
            return;
        }

        if (listType is not null && YValues.IsPlaceholder(listType))
        {
            return;
        }

        var type = s.GetString("type");
        if (listType is not null)
        {
            if (type != "array")
            {
                problems.Add(type is null
                    ? new(listTypeEntry.Key, path.Child("type"), "Required value: must be array if x-kubernetes-list-type is specified", "add type: array, or drop x-kubernetes-list-type")
                    : new((YNode?)s.GetKey("type") ?? listTypeEntry.Key, path.Child("type"), $"Invalid value: \"{type}\": must be array if x-kubernetes-list-type is specified", "x-kubernetes-list-type belongs on arrays only: drop it here"));
            }

            if (listType is not ("atomic" or "set" or "map"))
            {
                problems.Add(new(listTypeEntry.Value!, path.Child("x-kubernetes-list-type"), $"Unsupported value: \"{listType}\": supported values: \"atomic\", \"set\", \"map\"", "use atomic, set or map"));
            }
        }

        if (keys is { Count: > 0 } && listType != "map")
        {
            problems.Add(listType is null
                ? new(s.GetKey("x-kubernetes-list-map-keys")!, path.Child("x-kubernetes-list-type"), "Required value: must be map if x-kubernetes-list-map-keys is non-empty", "add x-kubernetes-list-type: map")
                : new(listTypeEntry.Value!, path.Child("x-kubernetes-list-type"), $"Invalid value: \"{listType}\": must be map if x-kubernetes-list-map-keys is non-empty", "use x-kubernetes-list-type: map, or drop x-kubernetes-list-map-keys"));
        }

        var items = s.GetMapping("items");
        if (listType is "set" or "map" && items is not null && YValues.IsTrue(items["nullable"]))
        {
            problems.Add(new(items.GetKey("nullable")!, path.Child("items").Child("nullable"), $"Forbidden: cannot be nullable when x-kubernetes-list-type is {listType}", "drop nullable: true from the items"));
        }

        if (listType != "map")
        {
            return;
        }

        if (keys is not { Count: > 0 })
        {
            problems.Add(new(listTypeEntry.Key, path.Child("x-kubernetes-list-map-keys"), "Required value: must not be empty if x-kubernetes-list-type is map", "name the item fields that identify an item in x-kubernetes-list-map-keys"));
        }

        if (items is null)
        {
            return; // an array without items: CrdStructuralSchema's
        }

        var itemType = items.GetString("type");
        if (itemType != "object")
        {
            if (itemType is not null && !YValues.IsPlaceholder(itemType))
            {
                problems.Add(new((YNode?)items.GetKey("type") ?? s.GetKey("items")!, path.Child("items").Child("type"), $"Invalid value: \"{itemType}\": must be object if parent array's x-kubernetes-list-type is map", "a list-type map holds objects: use type: object for the items, or another list type"));
            }

            return;
        }

        var properties = items.GetMapping("properties");
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in items.GetSequence("required")?.Items ?? [])
        {
            if (name is YScalar scalar)
            {
                required.Add(scalar.Value);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keysPath = path.Child("x-kubernetes-list-map-keys");
        foreach (var keyNode in keys?.Items ?? [])
        {
            if (keyNode is not YScalar { Value: var key } || YValues.IsPlaceholder(key))
            {
                continue;
            }

            var propertyPath = path.Child("items").Child("properties").Key(key);
            if (properties?.GetMapping(key) is not { } property)
            {
                problems.Add(new(keyNode, keysPath, $"Invalid value: {List(keys!)}: entries must all be names of item properties", $"add \"{key}\" to the items' properties, or drop it from x-kubernetes-list-map-keys"));
            }
            else
            {
                if (property.GetString("type") is "array" or "object")
                {
                    // the apiserver quotes the items' type here, not the key's
                    problems.Add(new(property.GetKey("type")!, propertyPath.Child("type"), "Invalid value: \"object\": must be a scalar type if parent array's x-kubernetes-list-type is map", $"a map key is a scalar: give \"{key}\" a string, integer, number or boolean type"));
                }

                if (!required.Contains(key) && property["default"] is null)
                {
                    problems.Add(new(properties.GetKey(key)!, propertyPath.Child("default"), "Required value: this property is in x-kubernetes-list-map-keys, so it must have a default or be a required property", $"add \"{key}\" to the items' required list, or give it a default"));
                }

                if (YValues.IsTrue(property["nullable"]))
                {
                    problems.Add(new(property.GetKey("nullable")!, propertyPath.Child("nullable"), "Forbidden: this property is in x-kubernetes-list-map-keys, so it cannot be nullable", "drop nullable: true from the key"));
                }
            }

            if (!seen.Add(key))
            {
                problems.Add(new(keyNode, keysPath, $"Invalid value: {List(keys!)}: must not contain duplicate entries", $"name \"{key}\" once"));
            }
        }
    }

    // The keys as Go prints a []string in a field error.
    private static string List(YSequence keys)
    {
        var text = new StringBuilder("[]string{");
        for (var i = 0; i < keys.Count; i++)
        {
            text.Append(i > 0 ? ", " : string.Empty).Append('"').Append((keys.Items[i] as YScalar)?.Value).Append('"');
        }

        return text.Append('}').ToString();
    }
}
