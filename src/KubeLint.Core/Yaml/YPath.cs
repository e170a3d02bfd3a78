namespace KubeLint.Core.Yaml;

/// <summary>Navigation helpers over dotted paths such as <c>spec.template.spec</c>.</summary>
public static class YPath
{
    /// <summary>Follows mapping keys; null as soon as one is missing or not a mapping.</summary>
    public static YNode? At(this YMapping mapping, ReadOnlySpan<char> dottedPath)
    {
        YNode? current = mapping;
        while (true)
        {
            if (current is not YMapping map)
            {
                return null;
            }

            // A loop, not Split: its generic enumerator had no ReadyToRun code.
            var dot = dottedPath.IndexOf('.');
            current = map.TryGetEntry(dot < 0 ? dottedPath : dottedPath[..dot], out var entry) ? entry.Value : null;
            if (dot < 0)
            {
                return current;
            }

            dottedPath = dottedPath[(dot + 1)..];
        }
    }

    public static YMapping? MappingAt(this YMapping mapping, ReadOnlySpan<char> dottedPath) =>
        At(mapping, dottedPath) as YMapping;

    public static string? StringAt(this YMapping mapping, ReadOnlySpan<char> dottedPath) =>
        At(mapping, dottedPath) is YScalar scalar && !scalar.IsNull ? scalar.Value : null;
}
