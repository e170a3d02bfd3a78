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
/// never "unknown". Its table is loaded only when a field is missing from the substitute's. <paramref name="own"/> is
/// the kind whose table <paramref name="schema"/> is: a key it lacks that another apiVersion of the same object has at
/// some minor is a real field the target does not know (KL1001), not a typo (KL1002); those tables load only then.</remarks>
internal sealed class TableFieldChecker(KindSchema schema, int minor, List<FieldFinding> findings, ApiKind? written = null, ApiKind? own = null)
{
    // The schema path ("spec.containers[].image") and the path shown to users ("spec.containers[0].image")
    // are kept in buffers: the walk visits every key of every object, and strings are made only for findings.
    private readonly PathText _path = new();
    private readonly PathText _display = new();

    // The map entry being walked: where its key starts and ends in _display, so a value finding can
    // spell the key as the apiserver does ("limits[memory]", not "limits.memory").
    private int _mapKeyMark = -1;
    private int _mapKeyEnd = -1;

    public void Check(YMapping root, YNode rootAnchor, string kindName)
    {
        if (schema[KindSchema.RootPath]?.At(minor) is { } variant)
        {
            Walk(root, variant, rootAnchor, kindName);
        }
    }

    private void Walk(YNode node, FieldVariant variant, YNode anchor, string kindName)
    {
        switch (variant.Type)
        {
            case FieldType.Any:
                return;
            case FieldType.Object:
                if (node is YMapping mapping)
                {
                    WalkObject(mapping, variant, anchor, kindName);
                }
                else
                {
                    WrongType(node, variant.Type);
                }

                return;
            case FieldType.Map:
                if (node is not YMapping map)
                {
                    WrongType(node, variant.Type);
                    return;
                }

                var valuePath = _path.Push("{}");
                if (schema[_path.Span]?.At(minor) is { Type: not FieldType.Any } valueVariant)
                {
                    foreach (var entry in map.Entries)
                    {
                        if (!IsNull(entry.Value))
                        {
                            var shown = _display.PushKey(entry.Key.Value);
                            _mapKeyMark = shown;
                            _mapKeyEnd = _display.Length;
                            Walk(entry.Value, valueVariant, entry.Key, kindName);
                            _mapKeyEnd = -1;
                            _display.Pop(shown);
                        }
                    }
                }

                _path.Pop(valuePath);
                return;
            case FieldType.Array:
                if (node is not YSequence sequence)
                {
                    WrongType(node, variant.Type);
                    return;
                }

                var itemPath = _path.Push("[]");
                if (schema[_path.Span]?.At(minor) is { Type: not FieldType.Any } itemVariant)
                {
                    for (var i = 0; i < sequence.Count; i++)
                    {
                        var item = sequence.Items[i];
                        if (!IsNull(item))
                        {
                            var shown = _display.PushIndex(i);
                            Walk(item, itemVariant, item is YMapping { Count: > 0 } m ? m.Entries[0].Key : item, kindName);
                            _display.Pop(shown);
                        }
                    }
                }

                _path.Pop(itemPath);
                return;
            default:
                CheckScalar(node, variant.Type);
                return;
        }
    }

    private void WalkObject(YMapping mapping, FieldVariant variant, YNode anchor, string kindName)
    {
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            var parentPath = _path.PushKey(key);
            var shown = _display.PushKey(key);
            CheckEntry(entry, variant, parentPath, kindName);
            _display.Pop(shown);
            _path.Pop(parentPath);
        }

        foreach (var required in variant.Required)
        {
            if (!mapping.TryGetEntry(required, out _))
            {
                var owner = _display.Length == 0 ? kindName : _display.ToString();
                findings.Add(new FieldFinding(FieldProblem.MissingRequired, anchor, $"{owner} has no \"{required}\", which {NameOf(variant, kindName)} requires")
                {
                    Field = _path.Length == 0 ? required : $"{_path}.{required}",
                });
            }
        }
    }

    /// <summary>One key of an object; the buffers hold its paths, <paramref name="parentLength"/> marks its parent's.</summary>
    private void CheckEntry(YEntry entry, FieldVariant variant, int parentLength, string kindName)
    {
        var key = entry.Key.Value;

        // A key with a path character ("template.spec") must not match a nested path.
        var field = key.AsSpan().IndexOfAny(".[{") >= 0 ? null : schema[_path.Span] ?? written?.Schema?[_path.Span];
        if (field is null && key.AsSpan().IndexOfAny(".[{") < 0 && own is not null && InRelative(own) is { } relative)
        {
            var shown = _display.ToString();
            var has = relative.Field.Minors;
            var when = has.Contains(minor) ? $"at {V(minor)}" : has.LastBefore(minor) < 0 ? $"from {V(has.First)}" : $"in {has}";
            findings.Add(new FieldFinding(FieldProblem.NotInTarget, entry.Key, $"{shown} is not available in Kubernetes {V(minor)} ({own.ApiVersion}); {relative.Kind.ApiVersion} has it {when}")
            {
                Path = shown,
                ServedBy = has.Contains(minor) && relative.Kind.IsServedIn(minor) ? relative.Kind.ApiVersion : null,
            });
            return;
        }

        if (field is null)
        {
            var parent = parentLength == 0 ? KindSchema.RootPath : _path.ToString(parentLength);
            var candidates = schema.ChildrenOf(parent).Where(c => schema[KindSchema.Child(parent, c)]?.At(minor) is not null).ToList();
            findings.Add(new FieldFinding(FieldProblem.Unknown, entry.Key, UnknownMessage(key, candidates, variant.ObjectName.Length > 0 ? variant.ObjectName : kindName))
            {
                Suggestion = Suggestions.Unique(key, candidates),
            });
            return;
        }

        if (field.At(minor) is not { } childVariant)
        {
            var shown = _display.ToString();
            findings.Add(new FieldFinding(FieldProblem.NotInTarget, entry.Key, $"{shown} is not available in Kubernetes {V(minor)}; {History(field.Minors)}") { Path = shown });
            return;
        }

        if (IsNull(entry.Value))
        {
            return;
        }

        Walk(entry.Value, childVariant, entry.Key, kindName);
        if (ClosedValueSets.Find(variant.ObjectName, key) is { } set)
        {
            CheckClosedSet(entry.Value, set);
        }
    }

    /// <summary>The newest other apiVersion of the object whose table has the field being walked, with its entry.</summary>
    private (ApiKind Kind, FieldEntry Field)? InRelative(ApiKind kind)
    {
        foreach (var relative in ApiCatalog.Default.Relatives(kind))
        {
            if (relative.Schema?[_path.Span] is { } field)
            {
                return (relative, field);
            }
        }

        return null;
    }

    private static string NameOf(FieldVariant variant, string kindName) => variant.ObjectName.Length > 0 ? variant.ObjectName : kindName;

    private static string UnknownMessage(string key, List<string> candidates, string objectName)
    {
        var suggestion = Suggestions.Closest(key, candidates);
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

    private void CheckScalar(YNode node, FieldType expected)
    {
        if (node is not YScalar scalar)
        {
            WrongType(node, expected);
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
            findings.Add(new FieldFinding(FieldProblem.WrongType, node, $"{_display} must be {expected.Describe()}, not {actual.Describe()} ({scalar.Value}){hint}"));
        }
        else if (actual == ScalarKind.String && expected is FieldType.Quantity or FieldType.Byte)
        {
            CheckDecodable(scalar, expected);
        }
    }

    /// <summary>
    /// A string the JSON decoder of the apiserver refuses before validation runs (a 400 Bad Request):
    /// a quantity <c>resource.ParseQuantity</c> cannot read (<c>apimachinery pkg/api/resource/quantity.go:
    /// UnmarshalJSON</c>, every minor), or a <c>[]byte</c> field that is not padded standard base64
    /// (<c>encoding/json</c> decoding with <c>base64.StdEncoding</c>, every minor). Placeholders are left alone.
    /// </summary>
    private void CheckDecodable(YScalar scalar, FieldType expected)
    {
        var text = scalar.Value;
        if (YValues.IsPlaceholder(text))
        {
            return;
        }

        if (expected == FieldType.Quantity)
        {
            if (!Validation.Quantity.TryParse(text.Trim(), out _)) // UnmarshalJSON trims spaces first
            {
                findings.Add(new FieldFinding(FieldProblem.MalformedValue, scalar, ValuePath())
                {
                    Wording = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
                    Fix = $"\"{text}\" does not: write a number with an optional suffix such as 500m, 128Mi or 1Gi (case-sensitive, no space, no B)",
                });
            }
        }
        else if (Validation.Base64.FirstIllegal(text) is var at and >= 0)
        {
            findings.Add(new FieldFinding(FieldProblem.MalformedValue, scalar, ValuePath())
            {
                Wording = $"illegal base64 data at input byte {at}",
                Fix = "write it base64-encoded, padded with '=' (e.g. base64 -w0); a Secret also takes plain text in stringData",
            });
        }
    }

    /// <summary>The apiserver's path of the value being walked: a map entry as <c>parent[key]</c>.</summary>
    private string ValuePath() =>
        _mapKeyEnd == _display.Length && _mapKeyMark >= 0
            ? $"{_display.ToString(_mapKeyMark)}[{_display.Span[(_mapKeyMark + (_mapKeyMark > 0 ? 1 : 0))..].ToString()}]"
            : _display.ToString();

    private void WrongType(YNode node, FieldType expected)
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
        findings.Add(new FieldFinding(FieldProblem.WrongType, node is YScalar ? node : anchorOf(node), $"{_display} must be {expected.Describe()}, not {actual}{hint}"));

        static YNode anchorOf(YNode node) => node switch
        {
            YMapping { Count: > 0 } m => m.Entries[0].Key,
            YSequence { Count: > 0 } s => s.Items[0] is YMapping { Count: > 0 } first ? first.Entries[0].Key : s.Items[0],
            _ => node,
        };
    }

    private void CheckClosedSet(YNode value, ClosedValue[] set)
    {
        if (value is YSequence sequence)
        {
            for (var i = 0; i < sequence.Count; i++)
            {
                var shown = _display.PushIndex(i);
                CheckClosedSet(sequence.Items[i], set);
                _display.Pop(shown);
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
                    findings.Add(new FieldFinding(FieldProblem.NotInSet, scalar, $"{_display}: \"{text}\" needs Kubernetes {V(allowed.Since)}; {V(minor)} accepts {List(set)}"));
                }

                return;
            }
        }

        var caseFix = set.FirstOrDefault(v => string.Equals(v.Value, text, StringComparison.OrdinalIgnoreCase))?.Value;
        findings.Add(new FieldFinding(FieldProblem.NotInSet, scalar, $"{_display}: \"{text}\" is not one of {List(set)}" + (caseFix is null ? string.Empty : $"; did you mean \"{caseFix}\"?")));

        // An accepted empty value (a hostPath type left unset) is not worth listing.
        string List(ClosedValue[] values) => string.Join(", ", values.Where(v => v.Since <= minor && v.Value.Length > 0).Select(v => v.Value));
    }

    private static bool IsNull(YNode node) => node is YScalar { IsNull: true };

    /// <summary>A dotted path built in place: push a part, walk, pop back to the mark.</summary>
    private sealed class PathText
    {
        private char[] _chars = new char[256];

        public int Length { get; private set; }

        public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

        /// <summary>Appends ".key" (or "key" at the root); returns the length to pop back to.</summary>
        public int PushKey(string key)
        {
            var mark = Length;
            if (Length > 0)
            {
                Append(".");
            }

            Append(key);
            return mark;
        }

        public int Push(string text)
        {
            var mark = Length;
            Append(text);
            return mark;
        }

        public int PushIndex(int index)
        {
            var mark = Length;
            Append("[");
            Reserve(11);
            index.TryFormat(_chars.AsSpan(Length), out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
            Length += written;
            Append("]");
            return mark;
        }

        public void Pop(int mark) => Length = mark;

        public string ToString(int length) => new(_chars, 0, length);

        public override string ToString() => new(Span);

        private void Append(string text)
        {
            Reserve(text.Length);
            text.CopyTo(_chars.AsSpan(Length));
            Length += text.Length;
        }

        private void Reserve(int more)
        {
            if (Length + more > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + more));
            }
        }
    }
}
