namespace KubeLint.Core.Collections;

/// <summary>
/// Tables keyed by two strings (apiVersion and kind, object and field), kept as a dictionary of dictionaries,
/// not one keyed by a value tuple: value-type generic, see ColdStartJitTests.
/// </summary>
internal static class NestedDictionary
{
    /// <summary>The inner table of <paramref name="outer"/> (ordinal keys), created on first use.</summary>
    public static Dictionary<string, TValue> Inner<TValue>(this Dictionary<string, Dictionary<string, TValue>> map, string outer)
    {
        if (!map.TryGetValue(outer, out var inner))
        {
            map[outer] = inner = new Dictionary<string, TValue>(StringComparer.Ordinal);
        }

        return inner;
    }

    /// <summary>The value under both keys, or null.</summary>
    public static TValue? Find<TValue>(this Dictionary<string, Dictionary<string, TValue>> map, string outer, string inner)
        where TValue : class =>
        map.TryGetValue(outer, out var table) ? table.GetValueOrDefault(inner) : null;
}
