using System.Collections.Concurrent;

namespace KubeLint.Core.Analysis;

/// <summary>
/// A key of the run's store (<see cref="RunContext.Get{T}(RunFact{T})"/>): declared once, as a static field beside the
/// type that computes it, and compared by reference, so that only code that can see the field can reach the entry.
/// Entries live as long as their run: two runs in one process never see each other's.
/// </summary>
internal abstract class RunKey
{
    /// <summary>The entry this key holds in a new run's store.</summary>
    internal abstract object CreateEntry(RunContext run);
}

/// <summary>
/// A fact derived from the whole run (an index of its CRDs, its autoscalers' targets …): computed from the run's
/// context when first asked for, at most once per run even when actions ask in parallel, and never changed after.
/// </summary>
/// <typeparam name="T">A class, so that the store's code is shared ReadyToRun code (see ColdStartJitTests).</typeparam>
internal sealed class RunFact<T> : RunKey
    where T : class
{
    private readonly Func<RunContext, T> _compute;

    public RunFact(Func<RunContext, T> compute) => _compute = compute;

    internal override object CreateEntry(RunContext run) =>
        new Lazy<T>(() => _compute(run), LazyThreadSafetyMode.ExecutionAndPublication);
}

/// <summary>
/// A table of the run, empty when the run starts and filled by actions as they go: a memo of a pure function
/// (schema → has CEL rules), or an analyzer's own state (what KL1021 has reported), which that analyzer keeps
/// in a key no other can see. Unlike a <see cref="RunFact{T}"/>, its content grows during analysis.
/// </summary>
internal sealed class RunTable<TKey, TValue> : RunKey
    where TKey : notnull
{
    private readonly IEqualityComparer<TKey>? _comparer;

    /// <param name="comparer">How keys compare: <see cref="ReferenceEqualityComparer.Instance"/> for model nodes,
    /// whose own equality is structural or costly.</param>
    public RunTable(IEqualityComparer<TKey>? comparer = null) => _comparer = comparer;

    internal override object CreateEntry(RunContext run) => new ConcurrentDictionary<TKey, TValue>(_comparer);
}
