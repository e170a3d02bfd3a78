using KubeLint.Core.Yaml;
using static KubeLint.Core.Api.ApiFacts;

namespace KubeLint.Core.Api;

/// <summary>
/// Walks an object's YAML alongside its kind's field table at the target minor and collects every
/// field problem (KL1001–KL1005). Map values and preserve-unknown-fields subtrees are typed as
/// <see cref="FieldType.Any"/> or <see cref="FieldType.Map"/>, so their keys are never reported.
/// </summary>
/// <remarks><paramref name="written"/> is the apiVersion written in the manifest when
/// <paramref name="schema"/> is that of a substitute (KL1006): a field it knows is "not available",
/// never "unknown". Its table is loaded only when a field is missing from the substitute's.</remarks>
internal sealed class TableFieldChecker(KindSchema schema, int minor, List<FieldFinding> findings, ApiKind? written = null)
{
    public void Check(YMapping root, YNode rootAnchor, string kindName)
    {
        if (schema[KindSchema.RootPath]?.At(minor) is { } variant)
        {
            Walk(root, KindSchema.RootPath, string.Empty, variant, rootAnchor, kindName);
        }
    }

    private void Walk(YNode node, string path, string display, FieldVariant variant, YNode anchor, string kindName)
    {
        switch (variant.Type)
        {
            case FieldType.Any:
                return;
            case FieldType.Object:
                if (node is YMapping mapping)
                {
                    WalkObject(mapping, path, display, variant, anchor, kindName);
                }
                else
                {
                    WrongType(node, display, variant.Type);
                }

                return;
            case FieldType.Map:
                if (node is not YMapping map)
                {
                    WrongType(node, display, variant.Type);
                    return;
                }

                var valuePath = path + "{}";
                if (schema[valuePath]?.At(minor) is { Type: not FieldType.Any } valueVariant)
                {
                    foreach (var entry in map.Entries)
                    {
                        if (!IsNull(entry.Value))
                        {
                            Walk(entry.Value, valuePath, Join(display, entry.Key.Value), valueVariant, entry.Key, kindName);
                        }
                    }
                }

                return;
            case FieldType.Array:
                if (node is not YSequence sequence)
                {
                    WrongType(node, display, variant.Type);
                    return;
                }

                var itemPath = path + "[]";
                if (schema[itemPath]?.At(minor) is { Type: not FieldType.Any } itemVariant)
                {
                    for (var i = 0; i < sequence.Count; i++)
                    {
                        var item = sequence.Items[i];
                        if (!IsNull(item))
                        {
                            Walk(item, itemPath, $"{display}[{i}]", itemVariant, item is YMapping { Count: > 0 } m ? m.Entries[0].Key : item, kindName);
                        }
                    }
                }

                return;
            default:
                CheckScalar(node, display, variant.Type);
                return;
        }
    }

    private void WalkObject(YMapping mapping, string path, string display, FieldVariant variant, YNode anchor, string kindName)
    {
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            var childPath = KindSchema.Child(path, key);
            var childDisplay = Join(display, key);
            // A key with a path character ("template.spec") must not match a nested path.
            var field = key.AsSpan().IndexOfAny(".[{") >= 0 ? null : schema[childPath] ?? written?.Schema?[childPath];
            if (field is null)
            {
                findings.Add(new FieldFinding(FieldProblem.Unknown, entry.Key, UnknownMessage(key, path, variant.ObjectName.Length > 0 ? variant.ObjectName : kindName)));
                continue;
            }

            if (field.At(minor) is not { } childVariant)
            {
                findings.Add(new FieldFinding(FieldProblem.NotInTarget, entry.Key, $"{childDisplay} is not available in Kubernetes {V(minor)}; {History(field.Minors)}"));
                continue;
            }

            if (IsNull(entry.Value))
            {
                continue;
            }

            Walk(entry.Value, childPath, childDisplay, childVariant, entry.Key, kindName);
            if (ClosedValueSets.Find(variant.ObjectName, key) is { } set)
            {
                CheckClosedSet(entry.Value, childDisplay, set);
            }
        }

        foreach (var required in variant.Required)
        {
            if (!mapping.TryGetEntry(required, out _))
            {
                var owner = display.Length == 0 ? kindName : display;
                findings.Add(new FieldFinding(FieldProblem.MissingRequired, anchor, $"{owner} has no \"{required}\", which {NameOf(variant, kindName)} requires"));
            }
        }
    }

    private static string NameOf(FieldVariant variant, string kindName) => variant.ObjectName.Length > 0 ? variant.ObjectName : kindName;

    private string UnknownMessage(string key, string parentPath, string objectName)
    {
        var suggestion = Suggestions.Closest(key, schema.ChildrenOf(parentPath).Where(c => schema[KindSchema.Child(parentPath, c)]?.At(minor) is not null));
        return $"unknown field \"{key}\" in {objectName}" + (suggestion is null ? string.Empty : $"; did you mean \"{suggestion}\"?");
    }

    private string History(MinorSet minors)
    {
        var before = minors.LastBefore(minor);
        var after = minors.FirstAfter(minor);
        return before < 0 && after >= 0 ? $"it was added in {V(after)}"
            : after < 0 && before >= 0 ? $"it was removed in {V(before + 1)}"
            : $"it exists in {minors}";
    }

    private void CheckScalar(YNode node, string display, FieldType expected)
    {
        if (node is not YScalar scalar)
        {
            WrongType(node, display, expected);
            return;
        }

        var actual = ScalarKinds.Classify(scalar);
        var ok = actual switch
        {
            ScalarKind.Null => true,
            ScalarKind.String => expected is FieldType.String or FieldType.Byte or FieldType.DateTime or FieldType.IntOrString or FieldType.Quantity,
            ScalarKind.Integer => expected is FieldType.Integer or FieldType.Number or FieldType.IntOrString or FieldType.Quantity,

            // kubectl writes a whole float (3.0) to JSON as 3, which integer fields accept.
            ScalarKind.Float => expected is FieldType.Number or FieldType.Quantity
                || (expected is FieldType.Integer or FieldType.IntOrString && ScalarKinds.IsWholeNumber(scalar.Value)),
            ScalarKind.Boolean => expected is FieldType.Boolean,
            _ => true,
        };
        if (!ok)
        {
            var hint = expected is FieldType.String or FieldType.Byte or FieldType.DateTime or FieldType.IntOrString && actual is not ScalarKind.String
                ? $"; quote it: \"{scalar.Value}\""
                : string.Empty;
            findings.Add(new FieldFinding(FieldProblem.WrongType, node, $"{display} must be {expected.Describe()}, not {actual.Describe()} ({scalar.Value}){hint}"));
        }
    }

    private void WrongType(YNode node, string display, FieldType expected)
    {
        if (IsNull(node))
        {
            return;
        }

        var actual = node switch
        {
            YMapping => "an object",
            YSequence => "a list",
            YScalar scalar => $"{ScalarKinds.Classify(scalar).Describe()} ({scalar.Value})",
            _ => "something else",
        };
        // `replicas: {{replicas}}` parses as a nested flow mapping: say what it most likely is.
        var hint = node is YMapping { Count: 1 } placeholder && placeholder.Entries[0].Key.Value is "<complex key>" or ['{', ..]
            ? " (an unfilled {{…}} template placeholder?)"
            : string.Empty;
        findings.Add(new FieldFinding(FieldProblem.WrongType, node is YScalar ? node : anchorOf(node), $"{display} must be {expected.Describe()}, not {actual}{hint}"));

        static YNode anchorOf(YNode node) => node switch
        {
            YMapping { Count: > 0 } m => m.Entries[0].Key,
            YSequence { Count: > 0 } s => s.Items[0] is YMapping { Count: > 0 } first ? first.Entries[0].Key : s.Items[0],
            _ => node,
        };
    }

    private void CheckClosedSet(YNode value, string display, ClosedValue[] set)
    {
        if (value is YSequence sequence)
        {
            for (var i = 0; i < sequence.Count; i++)
            {
                CheckClosedSet(sequence.Items[i], $"{display}[{i}]", set);
            }

            return;
        }

        if (value is not YScalar scalar || ScalarKinds.Classify(scalar) != ScalarKind.String)
        {
            return;
        }

        var text = scalar.Value;
        foreach (var allowed in set)
        {
            if (allowed.Value == text)
            {
                if (allowed.Since > minor)
                {
                    findings.Add(new FieldFinding(FieldProblem.NotInSet, scalar, $"{display}: \"{text}\" needs Kubernetes {V(allowed.Since)}; {V(minor)} accepts {List(set)}"));
                }

                return;
            }
        }

        var caseFix = set.FirstOrDefault(v => string.Equals(v.Value, text, StringComparison.OrdinalIgnoreCase)).Value;
        findings.Add(new FieldFinding(FieldProblem.NotInSet, scalar, $"{display}: \"{text}\" is not one of {List(set)}" + (caseFix is null ? string.Empty : $"; did you mean \"{caseFix}\"?")));

        string List(ClosedValue[] values) => string.Join(", ", values.Where(v => v.Since <= minor).Select(v => v.Value));
    }

    private static bool IsNull(YNode node) => node is YScalar { IsNull: true };

    private static string Join(string display, string key) => display.Length == 0 ? key : string.Concat(display, ".", key);
}
