using System.Collections.Concurrent;
using KubeLint.Core.Cluster;
using KubeLint.Core.Configuration;
using KubeLint.Core.Model;

namespace KubeLint.Core.Analysis;

/// <summary>
/// What the workspace stage hands the analysis stage: the run's workspace, options and cluster profile, all
/// computed before any analyzer runs and never changed after, and the run's store of derived facts and tables
/// (<see cref="RunKey"/>). Analyzers read it through their action contexts; they share nothing else with each other.
/// </summary>
/// <remarks>A class, not a record: a copy made with <c>with</c> would share the store of another run.</remarks>
internal sealed class RunContext
{
    private readonly RunStore _store = new();

    /// <param name="workspace">Every object of the run, indexed.</param>
    /// <param name="options">The run's settings and rule options.</param>
    /// <param name="cluster">The cluster facts, from flags, files, configuration and the inputs.</param>
    /// <param name="configurationIssues">Malformed settings the earlier stages found (configuration, cluster
    /// facts), which the engine reports as KL9001.</param>
    public RunContext(Workspace workspace, AnalyzerOptions options, ClusterProfile cluster, IReadOnlyList<ConfigurationIssue> configurationIssues)
    {
        Workspace = workspace;
        Options = options;
        Cluster = cluster;
        ConfigurationIssues = configurationIssues;
    }

    public Workspace Workspace { get; }

    public AnalyzerOptions Options { get; }

    public ClusterProfile Cluster { get; }

    public IReadOnlyList<ConfigurationIssue> ConfigurationIssues { get; }

    /// <summary>The run's value of <paramref name="fact"/>, computed on first use.</summary>
    public T Get<T>(RunFact<T> fact)
        where T : class =>
        ((Lazy<T>)_store.Entry(fact, this)).Value;

    /// <summary>The run's <paramref name="table"/>, empty when first asked for.</summary>
    public ConcurrentDictionary<TKey, TValue> Get<TKey, TValue>(RunTable<TKey, TValue> table)
        where TKey : notnull =>
        (ConcurrentDictionary<TKey, TValue>)_store.Entry(table, this);
}
