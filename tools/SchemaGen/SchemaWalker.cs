using System.Text.Json;

namespace KubeLint.SchemaGen;

/// <summary>
/// Expands a kind's schema into property paths (<c>spec.template.spec.containers[].image</c>,
/// <c>[]</c> for list items, <c>{}</c> for map values), each with a signature:
/// <c>type \t object name \t required</c>. Recursive definitions (JSONSchemaProps) stop as <c>any</c>.
/// </summary>
internal sealed class SchemaWalker(JsonElement definitions, Dictionary<string, string> paths)
{
    public void Walk(JsonElement node, string path, List<string> stack)
    {
        var preserve = IsTrue(node, "x-kubernetes-preserve-unknown-fields");
        string? definitionName = null;
        var resolved = node;
        while (true)
        {
            if (resolved.TryGetProperty("$ref", out var reference))
            {
                definitionName = reference.GetString()!["#/definitions/".Length..];
                resolved = definitions.GetProperty(definitionName);
            }
            else if (resolved.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() == 1)
            {
                resolved = allOf[0];
            }
            else
            {
                break;
            }

            preserve |= IsTrue(resolved, "x-kubernetes-preserve-unknown-fields");
        }

        if (definitionName is not null && stack.Contains(definitionName))
        {
            Emit(path, "any");
            return;
        }

        var format = resolved.TryGetProperty("format", out var f) ? f.GetString() : null;
        var type = resolved.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (definitionName is not null && definitionName.EndsWith(".Quantity", StringComparison.Ordinal))
        {
            Emit(path, "quantity");
            return;
        }

        if (format == "int-or-string" || IsTrue(resolved, "x-kubernetes-int-or-string"))
        {
            Emit(path, "int-or-string");
            return;
        }

        if (preserve)
        {
            Emit(path, "any");
            return;
        }

        switch (type)
        {
            case "string":
                Emit(path, format is "date-time" or "byte" ? format : "string");
                return;
            case "integer" or "number" or "boolean":
                Emit(path, type);
                return;
            case "array":
                Emit(path, "array");
                if (resolved.TryGetProperty("items", out var items))
                {
                    Walk(items, path + "[]", Push(stack, definitionName));
                }

                return;
        }

        if (resolved.TryGetProperty("properties", out var properties) && properties.EnumerateObject().Any())
        {
            var name = definitionName is null ? string.Empty : definitionName[(definitionName.LastIndexOf('.') + 1)..];
            var required = resolved.TryGetProperty("required", out var r)
                ? string.Join(',', r.EnumerateArray().Select(x => x.GetString()).Order(StringComparer.Ordinal))
                : string.Empty;
            Emit(path, "object", name, required);
            var inner = Push(stack, definitionName);
            foreach (var property in properties.EnumerateObject())
            {
                if (property.Name.Contains('.') || property.Name.Contains('\t'))
                {
                    throw new InvalidDataException($"property name '{property.Name}' under {path} cannot be written as a path");
                }

                Walk(property.Value, path == "." ? property.Name : $"{path}.{property.Name}", inner);
            }

            return;
        }

        if (resolved.TryGetProperty("additionalProperties", out var additional))
        {
            if (additional.ValueKind == JsonValueKind.Object)
            {
                Emit(path, "map");
                Walk(additional, path + "{}", Push(stack, definitionName));
            }
            else
            {
                Emit(path, additional.ValueKind == JsonValueKind.True ? "map" : "object");
                if (additional.ValueKind == JsonValueKind.True)
                {
                    Emit(path + "{}", "any");
                }
            }

            return;
        }

        // An object with neither properties nor a value type (RawExtension, JSON): anything goes.
        Emit(path, "any");
    }

    private static List<string> Push(List<string> stack, string? definitionName) =>
        definitionName is null ? stack : [.. stack, definitionName];

    private static bool IsTrue(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.True;

    private void Emit(string path, string type, string name = "", string required = "") =>
        paths[path] = $"{type}\t{name}\t{required}";
}
