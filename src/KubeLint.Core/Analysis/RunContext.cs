using KubeLint.Core.Cluster;
using KubeLint.Core.Configuration;
using KubeLint.Core.Model;

namespace KubeLint.Core.Analysis;

/// <summary>
/// What the workspace stage hands the analysis stage: the run's workspace, options and cluster profile, all
/// computed before any analyzer runs and never changed after. Analyzers read it through their action
/// contexts; they share nothing else with each other.
/// </summary>
/// <param name="Workspace">Every object of the run, indexed.</param>
/// <param name="Options">The run's settings and rule options.</param>
/// <param name="Cluster">The cluster facts, from flags, files, configuration and the inputs.</param>
/// <param name="ConfigurationIssues">Malformed settings the earlier stages found (configuration, cluster
/// facts), which the engine reports as KL9001.</param>
internal sealed record RunContext(Workspace Workspace, AnalyzerOptions Options, ClusterProfile Cluster, IReadOnlyList<ConfigurationIssue> ConfigurationIssues);
