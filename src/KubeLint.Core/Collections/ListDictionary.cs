namespace KubeLint.Core.Collections;

/// <summary>Dictionaries whose values are lists: grouping items by a key, as indexes and tables do.</summary>
internal static class ListDictionary
{
    /// <summary>Adds <paramref name="value"/> to the list of <paramref name="key"/>, creating it at one item:
    /// most keys (a label value, a field path, a kind) have a single one, so singletons stay small.</summary>
    public static void AddToList<TKey, TValue>(this Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<TValue>(1);
        }

        list.Add(value);
    }
}
