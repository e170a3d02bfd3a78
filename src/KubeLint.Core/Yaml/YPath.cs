using KubeLint.Core.Text;

namespace KubeLint.Core.Yaml;

/// <summary>Navigation helpers over dotted paths such as <c>spec.template.spec</c>.</summary>
public static class YPath
{
    /// <summary>Follows mapping keys; null as soon as one is missing or not a mapping.</summary>
    public static YNode? At(this YMapping mapping, ReadOnlySpan<char> dottedPath)
    {
        YNode? current = mapping;
        foreach (var key in new Segments(dottedPath, '.'))
        {
            if (current is not YMapping map)
            {
                return null;
            }

            current = map.TryGetEntry(key, out var entry) ? entry.Value : null;
        }

        return current;
    }

    public static YMapping? MappingAt(this YMapping mapping, ReadOnlySpan<char> dottedPath) =>
        At(mapping, dottedPath) as YMapping;

    public static string? StringAt(this YMapping mapping, ReadOnlySpan<char> dottedPath) =>
        At(mapping, dottedPath) is YScalar scalar && !scalar.IsNull ? scalar.Value : null;
}
