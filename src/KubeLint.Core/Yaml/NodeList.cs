using System.Collections;

namespace KubeLint.Core.Yaml;

/// <summary>
/// The read-only children of a mapping or sequence over an exactly sized array. A struct with a
/// struct enumerator: rules walk every tree of the run, and a boxed enumerator per <c>foreach</c>
/// (as <see cref="IReadOnlyList{T}"/> has) was a large share of what analysis allocated.
/// </summary>
public readonly struct NodeList<T> : IReadOnlyList<T>
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1825", Justification = "Value-type generic: see ColdStartJitTests.")]
    private static readonly T[] None = new T[0];

    private readonly T[]? _items;

    internal NodeList(T[] items)
    {
        _items = items;
    }

    public int Count => _items?.Length ?? 0;

    public T this[int index] => (_items ?? None)[index];

    public ReadOnlySpan<T> AsSpan() => _items;

    public Enumerator GetEnumerator() => new(_items ?? None);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? None)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? None).GetEnumerator();

    public struct Enumerator(T[] items)
    {
        private int _index = -1;

        public readonly T Current => items[_index];

        public bool MoveNext() => ++_index < items.Length;
    }
}
