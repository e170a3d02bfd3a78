using System.Collections.Concurrent;

namespace KubeLint.Core.Analysis;

/// <summary>The entries of one run's <see cref="RunKey"/>s, made when first asked for. Owned by the
/// <see cref="RunContext"/>, so that it lives and dies with the run and hangs on no options or model object.</summary>
internal sealed class RunStore
{
    // Keys compare by reference (RunKey does not override Equals).
    private readonly ConcurrentDictionary<RunKey, object> _entries = new();

    /// <summary>The entry of <paramref name="key"/>: when two actions ask at once, both get the one stored.</summary>
    public object Entry(RunKey key, RunContext run) =>
        _entries.TryGetValue(key, out var entry) ? entry : _entries.GetOrAdd(key, key.CreateEntry(run));
}
