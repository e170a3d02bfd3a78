using System.Globalization;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>
/// Applies an RFC 6902 JSON patch (add, remove, replace, move, copy, test) to one object, as kustomize does with
/// evanphx/json-patch v4 (kubernetes-sigs/kustomize api/filters/patchjson6902/patchjson6902.go, Filter.run, after
/// api/internal/builtins/PatchTransformer.go, jsonPatchFromBytes, accepted a YAML or JSON list of operations).
/// As in that library, <c>replace</c> and <c>remove</c> need the location to exist, <c>add</c> needs its parent, a list
/// index may be negative (counted from the end) and <c>-</c> appends. The first failing operation stops the patch with
/// an error at that operation saying why. Pure: the target is not changed.
/// </summary>
internal static class JsonPatch6902
{
    /// <summary>Each operation rebuilds the containers on its path (a list of n items costs n), so a patch is bounded:
    /// real ones hold a few dozen operations.</summary>
    public const int MaxOperations = 1_000;

    public static PatchResult Apply(YMapping target, YNode patch, PatchProvenance? provenance)
    {
        if (patch is not YSequence operations)
        {
            return PatchResult.Failed($"a JSON 6902 patch is a list of operations, not {YamlNulls.Describe(patch)}", patch);
        }

        if (operations.Count > MaxOperations)
        {
            return PatchResult.Failed($"the JSON patch has {operations.Count} operations; KubeLint applies at most {MaxOperations}", patch);
        }

        provenance?.RecordPatch(operations);
        YNode root = target;
        for (var i = 0; i < operations.Count; i++)
        {
            var applier = new Applier(provenance);
            var next = applier.Apply(root, operations.Items[i], i + 1);
            if (applier.Error is not null)
            {
                return new PatchResult(null, applier.Error);
            }

            root = next!;
        }

        return root is YMapping result
            ? PatchResult.Of(result)
            : PatchResult.Failed($"the patch leaves {YamlNulls.Describe(root)} where the object was", operations);
    }

    private sealed class Applier(PatchProvenance? provenance)
    {
        private YMapping _op = null!;
        private string _label = string.Empty;

        public PatchError? Error { get; private set; }

        public YNode? Apply(YNode root, YNode operation, int number)
        {
            if (operation is not YMapping op)
            {
                return Fail(operation, $"JSON patch operation {number} is {YamlNulls.Describe(operation)}, not a mapping with op and path");
            }

            _op = op;
            var name = op.GetString("op");
            var pathText = op.GetString("path");
            _label = $"JSON patch operation {number} ({name ?? "?"} {pathText ?? "?"})";
            if (name is null)
            {
                return Fail(op, $"JSON patch operation {number} has no op");
            }

            if (pathText is null)
            {
                return Fail(op, $"{_label}: it has no path");
            }

            if (JsonPointer.Parse(pathText) is not { } path)
            {
                return Fail(op, $"{_label}: the path must be empty or start with /");
            }

            switch (name)
            {
                case "add":
                    return Value() is { } added ? Add(root, path, added) : null;
                case "remove":
                    return Get(root, path) is null ? null : Rewrite(root, path, 0, null, Leaf.Remove);
                case "replace":
                    return Value() is { } replacement ? Get(root, path) is null ? null : Rewrite(root, path, 0, replacement, Leaf.Replace) : null;
                case "test":
                    return Value() is { } expected ? Test(root, path, expected) : null;
                case "copy" or "move":
                    return Transfer(root, path, name == "move");
                default:
                    return Fail(op, $"{_label}: unknown op \"{name}\"; RFC 6902 has add, remove, replace, move, copy and test");
            }
        }

        private YNode? Test(YNode root, JsonPointer path, YNode expected)
        {
            var actual = Get(root, path);
            if (actual is null)
            {
                return null;
            }

            return NodeEquality.JsonEquals(actual, expected)
                ? root
                : Fail(_op, $"{_label}: test failed: the value there is {Show(actual)}, not {Show(expected)}");
        }

        private YNode? Transfer(YNode root, JsonPointer path, bool move)
        {
            if (_op.GetString("from") is not { } fromText)
            {
                return Fail(_op, $"{_label}: it has no from");
            }

            if (JsonPointer.Parse(fromText) is not { } from)
            {
                return Fail(_op, $"{_label}: from must be empty or start with /");
            }

            if (move && path.IsInside(from))
            {
                return Fail(_op, $"{_label}: cannot move {from.Text} into itself");
            }

            var value = Get(root, from);
            if (value is null)
            {
                return null;
            }

            if (move)
            {
                root = Rewrite(root, from, 0, null, Leaf.Remove)!;
                if (Error is not null)
                {
                    return null;
                }
            }

            return Add(root, path, value);
        }

        private YNode? Add(YNode root, JsonPointer path, YNode value) =>
            path.Tokens.Length == 0 ? value : Rewrite(root, path, 0, value, Leaf.Add);

        private YNode? Value() =>
            _op.TryGetEntry("value", out var entry) ? entry.Value : Fail(_op, $"{_label}: it has no value");

        /// <summary>The node at <paramref name="path"/>, or null with the error set.</summary>
        private YNode? Get(YNode root, JsonPointer path)
        {
            var node = root;
            for (var i = 0; i < path.Tokens.Length; i++)
            {
                var token = path.Tokens[i];
                switch (node)
                {
                    case YMapping mapping when mapping.TryGetEntry(token, out var entry):
                        node = entry.Value;
                        break;
                    case YMapping:
                        return Fail(_op, $"{_label}: {path.Prefix(i)} has no field \"{token}\"");
                    case YSequence sequence:
                        if (Index(token, sequence.Count, false, path, i) is not { } index)
                        {
                            return null;
                        }

                        node = sequence.Items[index];
                        break;
                    default:
                        return Fail(_op, $"{_label}: {path.Prefix(i)} is a scalar, it has no \"{token}\"");
                }
            }

            return node;
        }

        private enum Leaf
        {
            Add,
            Remove,
            Replace,
        }

        /// <summary>A copy of <paramref name="node"/> with the change at <paramref name="path"/>; every container on the way is rebuilt, borrowing its span.</summary>
        private YNode? Rewrite(YNode node, JsonPointer path, int depth, YNode? value, Leaf leaf)
        {
            var token = path.Tokens[depth];
            var last = depth == path.Tokens.Length - 1;
            switch (node)
            {
                case YMapping mapping:
                    {
                        var has = mapping.TryGetEntry(token, out var entry);
                        if (!last)
                        {
                            if (!has)
                            {
                                return Fail(_op, $"{_label}: {path.Prefix(depth)} has no field \"{token}\"");
                            }

                            var child = Rewrite(entry.Value, path, depth + 1, value, leaf);
                            return child is null ? null : Rebuilt(YBuild.With(mapping, entry.Key, child), mapping);
                        }

                        if (leaf == Leaf.Remove)
                        {
                            return has ? Rebuilt(YBuild.Without(mapping, token), mapping) : Fail(_op, $"{_label}: {path.Prefix(depth)} has no field \"{token}\"");
                        }

                        if (leaf == Leaf.Replace && !has)
                        {
                            return Fail(_op, $"{_label}: {path.Prefix(depth)} has no field \"{token}\" to replace");
                        }

                        // A new key borrows the span of the operation's path, the text that names it.
                        var key = has ? entry.Key : NewKey(token);
                        return Rebuilt(YBuild.With(mapping, key, value!), mapping);
                    }

                case YSequence sequence:
                    {
                        var append = last && leaf == Leaf.Add && token == "-";
                        int? index = append ? sequence.Count : Index(token, sequence.Count, last && leaf == Leaf.Add, path, depth);
                        if (index is not { } at)
                        {
                            return null;
                        }

                        var items = new List<YNode>(sequence.Count + 1);
                        foreach (var item in sequence.Items)
                        {
                            items.Add(item);
                        }

                        if (!last)
                        {
                            var child = Rewrite(items[at], path, depth + 1, value, leaf);
                            if (child is null)
                            {
                                return null;
                            }

                            items[at] = child;
                        }
                        else if (leaf == Leaf.Add)
                        {
                            items.Insert(at, value!);
                        }
                        else if (leaf == Leaf.Remove)
                        {
                            items.RemoveAt(at);
                        }
                        else
                        {
                            items[at] = value!;
                        }

                        return Rebuilt(YBuild.Sequence(items, sequence.Span, sequence.Tag), sequence);
                    }

                default:
                    return Fail(_op, $"{_label}: {path.Prefix(depth)} is a scalar, it has no \"{token}\"");
            }
        }

        /// <summary>A list index as evanphx/json-patch reads one: an integer, negative counting from the end; for add, the length too.</summary>
        private int? Index(string token, int count, bool forAdd, JsonPointer path, int depth)
        {
            if (!int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
            {
                Fail(_op, $"{_label}: {path.Prefix(depth)} is a list, and \"{token}\" is not an index");
                return null;
            }

            var limit = forAdd ? count + 1 : count;
            if (index < 0)
            {
                index += count;
            }

            if (index < 0 || index >= limit)
            {
                Fail(_op, $"{_label}: index {token} is out of range, {path.Prefix(depth)} has {count} item{(count == 1 ? "" : "s")}");
                return null;
            }

            return index;
        }

        private YScalar NewKey(string token)
        {
            var borrowed = _op["path"] ?? _op;
            var key = YBuild.String(token, borrowed.Span);
            provenance?.RecordRebuilt(key, borrowed);
            return key;
        }

        private YNode Rebuilt(YNode rebuilt, YNode from)
        {
            provenance?.RecordRebuilt(rebuilt, from);
            return rebuilt;
        }

        private YNode? Fail(YNode at, string message)
        {
            Error ??= new PatchError(message, at);
            return null;
        }

        /// <summary>A value as JSON would print it: strings quoted, numbers, booleans and null bare.</summary>
        private static string Show(YNode node) => node is YScalar scalar
            ? Api.ScalarKinds.Classify(scalar) == Api.ScalarKind.String ? $"\"{scalar.Value}\"" : scalar.Value
            : YamlNulls.Describe(node);
    }
}
