using KubeLint.Core.Api;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Crd;

/// <summary>
/// A scalar <c>default</c> that its own schema refuses, as apiextensions-apiserver
/// pkg/apiserver/schema/defaulting/validation.go ValidateDefaults checks it at create of an <c>apiextensions.k8s.io/v1</c>
/// CRD (after the structural checks pass): a value of another JSON type than the schema's <c>type</c>, or a string not
/// in the schema's string <c>enum</c>. It walks properties and items, not additionalProperties (defaults are forbidden
/// there), and skips the fields of a resource's metadata, apiVersion and kind, which the apiserver checks against
/// ObjectMeta instead. Object and list defaults, numbers written as floats for integers, bounds, patterns and formats
/// are not judged. Reported by KL1020.
/// </summary>
internal static class CrdDefaults
{
    /// <summary>Defaulting is GA in 1.17 (CustomResourceDefaulting); 1.16's beta is not claimed.</summary>
    public static readonly ValidationSource Source = new("staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/defaulting/validation.go", "ValidateDefaults", Since: 17);

    public static void Check(YMapping schema, FieldPath path, List<CrdSchemaProblem> problems) => Walk(schema, path, true, problems);

    private static void Walk(YMapping s, FieldPath path, bool resourceRoot, List<CrdSchemaProblem> problems)
    {
        if (s["default"] is YScalar { IsNull: false } value)
        {
            Scalar(s, value, path.Child("default"), problems);
        }

        if (s.GetMapping("items") is { } items)
        {
            Walk(items, path.Child("items"), YValues.IsTrue(items["x-kubernetes-embedded-resource"]), problems);
        }

        foreach (var property in s.GetMapping("properties")?.Entries ?? default)
        {
            if (property.Value is YMapping child && !(resourceRoot && property.Key.Value is "metadata" or "apiVersion" or "kind"))
            {
                Walk(child, path.Child("properties").Key(property.Key.Value), YValues.IsTrue(child["x-kubernetes-embedded-resource"]), problems);
            }
        }
    }

    private static void Scalar(YMapping s, YScalar value, FieldPath path, List<CrdSchemaProblem> problems)
    {
        if (s.GetString("type") is not { } type || YValues.IsTrue(s["x-kubernetes-int-or-string"])
            || value.Value.Contains("{{", StringComparison.Ordinal) || value.Value.Contains("${", StringComparison.Ordinal))
        {
            return;
        }

        var kind = ScalarKinds.Classify(value);
        var fits = type switch
        {
            "integer" => kind is ScalarKind.Integer or ScalarKind.Float,
            "number" => kind is ScalarKind.Integer or ScalarKind.Float,
            "string" => kind is ScalarKind.String,
            "boolean" => kind is ScalarKind.Boolean,
            _ => true,
        };
        if (!fits)
        {
            var actual = kind switch
            {
                ScalarKind.Integer => "integer",
                ScalarKind.Float => "number",
                ScalarKind.Boolean => "boolean",
                _ => "string",
            };
            problems.Add(new(value, path, $"Invalid value: \"{actual}\": in body must be of type {type}: \"{actual}\"", type == "string" ? $"quote the default (\"{value.Value}\")" : $"write {(type == "integer" ? "an" : "a")} {type} default, unquoted"));
            return;
        }

        if (kind == ScalarKind.String && s.GetSequence("enum") is { Count: > 0 } values && AllStrings(values) && !Contains(values, value.Value))
        {
            var supported = string.Join(", ", values.Items.Select(item => $"\"{((YScalar)item).Value}\""));
            problems.Add(new(value, path, $"Unsupported value: \"{value.Value}\": supported values: {supported}", "use one of the enum's values as the default"));
        }
    }

    private static bool AllStrings(YSequence values)
    {
        foreach (var item in values.Items)
        {
            if (item is not YScalar { IsNull: false } scalar || ScalarKinds.Classify(scalar) != ScalarKind.String || YValues.IsPlaceholder(scalar.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(YSequence values, string value)
    {
        foreach (var item in values.Items)
        {
            if (((YScalar)item).Value == value)
            {
                return true;
            }
        }

        return false;
    }
}
