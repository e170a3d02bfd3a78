namespace KubeLint.Core.Text;

/// <summary>
/// The parts of a span between separators, as <c>MemoryExtensions.Split</c> gives them: n separators make
/// n + 1 parts, empty ones included. Ours rather than Split's enumerator (value-type generic, see ColdStartJitTests);
/// dotted paths, version ranges and table lines are split on the start-up path.
/// </summary>
internal ref struct Segments
{
    private readonly char _separator;
    private ReadOnlySpan<char> _rest;
    private bool _done;

    public Segments(ReadOnlySpan<char> text, char separator)
    {
        _rest = text;
        _separator = separator;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly Segments GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_done)
        {
            return false;
        }

        var at = _rest.IndexOf(_separator);
        if (at < 0)
        {
            Current = _rest;
            _done = true;
        }
        else
        {
            Current = _rest[..at];
            _rest = _rest[(at + 1)..];
        }

        return true;
    }
}
