using KubeLint.Core.Model;
using KubeLint.Core.Text;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize;

/// <summary>Where nodes a kustomization adds come from: the span of the kustomization's own node and its file.</summary>
internal sealed record Introduced(SourceSpan Span, SourceFile File);

/// <summary>
/// Rewrites one field of a built object along a kustomize field-spec path (<c>spec/template/metadata/labels</c>):
/// a list met on the way is entered item by item, as kustomize's field specs do without saying so
/// (api/filters/fieldspec/fieldspec.go, <c>Filter</c>). Every mapping rebuilt on the way keeps the span of the one it
/// replaces and is recorded with that one's file; nodes created for a missing field borrow the kustomization's span.
/// </summary>
internal static class TreeEdit
{
    /// <summary>Applies <paramref name="leaf"/> (given the value there, or null; returning a replacement, or null for
    /// no change) at <paramref name="path"/>; creates the missing fields when <paramref name="create"/> is given.</summary>
    public static void At(BuiltResource resource, string[] path, Func<YNode?, YNode?> leaf, Introduced? create)
    {
        if (Visit(resource, resource.Root, path, 0, leaf, create) is YMapping root)
        {
            resource.Root = root;
        }
    }

    private static YNode? Visit(BuiltResource resource, YNode? node, string[] path, int index, Func<YNode?, YNode?> leaf, Introduced? create)
    {
        switch (node)
        {
            case YSequence sequence:
                var items = new YNode[sequence.Count];
                var changed = false;
                for (var i = 0; i < items.Length; i++)
                {
                    var item = sequence.Items[i];
                    var replaced = Visit(resource, item, path, index, leaf, create);
                    changed |= replaced is not null;
                    items[i] = replaced ?? item;
                }

                return changed ? Keep(resource, YBuild.Sequence(items, sequence.Span, sequence.Tag), sequence) : null;
            case var _ when index == path.Length:
                return leaf(node);
            case YMapping mapping:
                if (mapping.TryGetEntry(path[index], out var entry))
                {
                    var value = Visit(resource, entry.Value, path, index + 1, leaf, create);
                    return value is null ? null : Keep(resource, YBuild.With(mapping, entry.Key, value), mapping);
                }

                if (create is null)
                {
                    return null;
                }

                var created = Visit(resource, null, path, index + 1, leaf, create);
                if (created is null)
                {
                    return null;
                }

                var key = New(resource, new YScalar(path[index], YScalarStyle.Plain, create.Span), create);
                return Keep(resource, YBuild.With(mapping, key, created), mapping);
            case null or YScalar { IsNull: true } when create is not null:
                var empty = New(resource, YBuild.Mapping([], create.Span), create);
                return Visit(resource, empty, path, index, leaf, create) ?? empty;
            default:
                return null;
        }
    }

    /// <summary>Sets string entries of the mapping at the leaf, creating it when missing (labels, annotations,
    /// selectors): existing keys keep their key node, the value becomes the kustomization's.</summary>
    public static Func<YNode?, YNode?> SetEntries(BuiltResource resource, IReadOnlyList<YEntry> entries, Introduced from) => node =>
    {
        var mapping = node as YMapping;
        if (mapping is null && node is not (null or YScalar { IsNull: true }))
        {
            return null; // Not a map: kustomize would fail on it; leave it for the schema rules to report.
        }

        var result = mapping ?? New(resource, YBuild.Mapping([], from.Span), from);
        foreach (var entry in entries)
        {
            var value = New(resource, YBuild.String(ValueOf(entry.Value), entry.Value.Span), from);
            var key = result.GetKey(entry.Key.Value) ?? New(resource, entry.Key, from);
            var next = YBuild.With(result, key, value);
            result = mapping is null ? New(resource, next, from) : Keep(resource, next, mapping);
        }

        return result;
    };

    public static string ValueOf(YNode node) => node is YScalar { IsNull: false } scalar ? scalar.Value : string.Empty;

    /// <summary>A node standing for <paramref name="old"/>: written in the same file.</summary>
    public static T Keep<T>(BuiltResource resource, T node, YNode old)
        where T : YNode
    {
        resource.Origins.Add(node, resource.FileOf(old));
        return node;
    }

    /// <summary>A node the kustomization introduced.</summary>
    public static T New<T>(BuiltResource resource, T node, Introduced from)
        where T : YNode
    {
        resource.Origins.Add(node, from.File);
        return node;
    }

    public static string[] Path(string slashed) => slashed.Replace("[]", string.Empty, StringComparison.Ordinal).Split('/');
}
