using KubeLint.Core.Validation;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Api;

/// <summary>
/// Checks a custom resource against its CRD's <c>openAPIV3Schema</c>, read straight from the CRD's
/// YAML: unknown fields (which a structural schema prunes silently), types, <c>enum</c>s and
/// <c>required</c>. <c>x-kubernetes-preserve-unknown-fields</c> and schemas without a type stop the walk.
/// The walk carries a <see cref="FieldPath"/> chain and spells it only for a finding: a string per node made a
/// deep 400 KB custom resource cost time and memory quadratic in its depth (#15).
/// </summary>
internal sealed class CustomResourceFieldChecker(List<FieldFinding> findings, string source)
{
    private static readonly HashSet<string> ImplicitRootFields = ["apiVersion", "kind", "metadata"];

    public void Check(YMapping root, YMapping schema, YNode rootAnchor, string kindName) =>
        Walk(root, schema, null, rootAnchor, kindName, isRoot: true);

    private void Walk(YNode node, YMapping schema, FieldPath? path, YNode anchor, string owner, bool isRoot = false)
    {
        if (node is YScalar { IsNull: true })
        {
            return;
        }

        if (schema.GetString("x-kubernetes-int-or-string") == "true")
        {
            Scalar(node, path, FieldType.IntOrString, schema);
            return;
        }

        var preserve = schema.GetString("x-kubernetes-preserve-unknown-fields") == "true";
        switch (schema.GetString("type"))
        {
            case "object":
                if (node is not YMapping mapping)
                {
                    Wrong(node, path, FieldType.Object);
                    return;
                }

                var properties = schema.GetMapping("properties");
                var additional = schema["additionalProperties"];
                foreach (var entry in mapping.Entries)
                {
                    var key = entry.Key.Value;
                    if (isRoot && ImplicitRootFields.Contains(key))
                    {
                        continue;
                    }

                    if (properties?.GetMapping(key) is { } propertySchema)
                    {
                        Walk(entry.Value, propertySchema, Child(path, key), entry.Key, owner);
                    }
                    else if (additional is YMapping valueSchema)
                    {
                        Walk(entry.Value, valueSchema, Child(path, key), entry.Key, owner);
                    }
                    else if (properties is not null && !preserve && additional is not YScalar { Value: "true" })
                    {
                        var names = properties.Entries.Select(e => e.Key.Value).ToList();
                        var suggestion = Suggestions.Closest(key, names);
                        findings.Add(new FieldFinding(FieldProblem.Unknown, entry.Key, $"unknown field \"{key}\" in {path?.ToString() ?? owner} (the CustomResourceDefinition's schema prunes it)" + source + (suggestion is null ? string.Empty : $"; did you mean \"{suggestion}\"?"))
                        {
                            Suggestion = Suggestions.Unique(key, names),
                        });
                    }
                }

                foreach (var required in schema.GetSequence("required")?.Items.OfType<YScalar>() ?? [])
                {
                    if (!mapping.TryGetEntry(required.Value, out _) && !(isRoot && ImplicitRootFields.Contains(required.Value)))
                    {
                        findings.Add(new FieldFinding(FieldProblem.MissingRequired, anchor, $"{path?.ToString() ?? owner} has no \"{required.Value}\", which the CustomResourceDefinition's schema requires{source}"));
                    }
                }

                return;
            case "array":
                if (node is not YSequence sequence)
                {
                    Wrong(node, path, FieldType.Array);
                    return;
                }

                if (schema.GetMapping("items") is { } itemSchema)
                {
                    for (var i = 0; i < sequence.Count; i++)
                    {
                        var item = sequence.Items[i];
                        Walk(item, itemSchema, (path ?? FieldPath.Root(string.Empty)).Index(i), item is YMapping { Count: > 0 } m ? m.Entries[0].Key : item, owner);
                    }
                }

                return;
            case "string":
                Scalar(node, path, schema.GetString("format") == "date-time" ? FieldType.DateTime : FieldType.String, schema);
                return;
            case "integer":
                Scalar(node, path, FieldType.Integer, schema);
                return;
            case "number":
                Scalar(node, path, FieldType.Number, schema);
                return;
            case "boolean":
                Scalar(node, path, FieldType.Boolean, schema);
                return;
        }
    }

    private static FieldPath Child(FieldPath? path, string key) => path is null ? FieldPath.Root(key) : path.Child(key);

    private void Scalar(YNode node, FieldPath? path, FieldType expected, YMapping schema)
    {
        if (node is not YScalar scalar)
        {
            Wrong(node, path, expected);
            return;
        }

        var kind = ScalarKinds.Classify(scalar);
        var ok = kind switch
        {
            ScalarKind.Null => true,
            ScalarKind.String => expected is FieldType.String or FieldType.DateTime or FieldType.IntOrString,
            ScalarKind.Integer => expected is FieldType.Integer or FieldType.Number or FieldType.IntOrString,
            ScalarKind.Float => expected is FieldType.Number || (expected is FieldType.Integer or FieldType.IntOrString && ScalarKinds.IsWholeNumber(scalar.Value)),
            ScalarKind.Boolean => expected is FieldType.Boolean,
            _ => true,
        };
        if (!ok)
        {
            findings.Add(new FieldFinding(FieldProblem.WrongType, scalar, $"{path} must be {expected.Describe()}, not {kind.Describe()} ({scalar.Value}){source}"));
            return;
        }

        if (schema.GetSequence("enum") is { } values && values.Items.OfType<YScalar>().All(v => v.Value != scalar.Value))
        {
            var list = string.Join(", ", values.Items.OfType<YScalar>().Select(v => v.Value));
            findings.Add(new FieldFinding(FieldProblem.NotInSet, scalar, $"{path}: \"{scalar.Value}\" is not one of {list} (the CustomResourceDefinition's enum){source}"));
        }
    }

    private void Wrong(YNode node, FieldPath? path, FieldType expected)
    {
        var actual = node switch
        {
            YMapping => "an object",
            YSequence => "a list",
            YScalar s => $"{ScalarKinds.Classify(s).Describe()} ({s.Value})",
            _ => "something else",
        };
        findings.Add(new FieldFinding(FieldProblem.WrongType, node is YMapping { Count: > 0 } m ? m.Entries[0].Key : node, $"{path} must be {expected.Describe()}, not {actual}{source}"));
    }
}
