using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;

namespace KubeLint.Core.Engine;

/// <summary>Everything a reporter needs: findings in deterministic order, and the run's figures.</summary>
internal sealed class LintResult
{
    public required Workspace Workspace { get; init; }

    public required AnalyzerOptions Options { get; init; }

    /// <summary>The cluster facts the run's rules saw (computed by the workspace stage).</summary>
    public required Cluster.ClusterProfile Cluster { get; init; }

    /// <summary>Malformed settings the stages before analysis found (reported as KL9001 when it is on).</summary>
    public IReadOnlyList<Configuration.ConfigurationIssue> ConfigurationIssues { get; init; } = [];

    /// <summary>Visible findings (not hidden, not suppressed), ordered by file, line, column and rule ID.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Findings switched off in source, with their justification.</summary>
    public required IReadOnlyList<Diagnostic> Suppressed { get; init; }

    /// <summary>How many findings of each severity (indexed by <see cref="DiagnosticSeverity"/>) a cap kept out of
    /// <see cref="Diagnostics"/>; a KL9005 there counts them per rule.</summary>
    public IReadOnlyList<int> NotShown { get => _notShown; init => _notShown = value as int[] ?? [.. value]; }

    // Read here as an array, not through IReadOnlyList<int>: see ColdStartJitTests.
    private readonly int[] _notShown = new int[(int)DiagnosticSeverity.Error + 1];

    /// <summary>The descriptors of every rule that ran, ordered by ID.</summary>
    public required IReadOnlyList<DiagnosticDescriptor> Rules { get; init; }

    /// <summary>The rules of <see cref="Rules"/> that were not switched off for the whole run (SARIF lists only these).</summary>
    public IReadOnlyList<DiagnosticDescriptor> RulesRun { get; init; } = [];

    public required TimeSpan Elapsed { get; init; }

    /// <summary>Where <see cref="Elapsed"/> went: reading and parsing, running the analyzers, then
    /// severities, suppressions and ordering (for <c>--verbose</c> and the benchmarks).</summary>
    public LintPhases Phases { get; init; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>The custom rules of the run, and whether they came from the cache.</summary>
    public CustomRules.CustomRuleSet CustomRules { get; init; } = KubeLint.Core.CustomRules.CustomRuleSet.Empty;

    /// <summary>True when a custom rule file did not compile (KL9002): the CLI exits with 2.</summary>
    public bool CustomRulesFailed => CustomRules.Diagnostics.Any(d => d.Descriptor == KubeLint.Core.Rules.Engine.KL9002CustomRuleCompileError.Rule);

    /// <summary>Documents a folder walk found and did not lint (see <see cref="WalkSkipper"/>), in input order.</summary>
    public IReadOnlyList<SkippedInput> Skipped { get; init; } = [];

    /// <summary>Full paths of the files loaded only as context (<c>--context</c>): in <see cref="Workspace"/>, never reported on.</summary>
    public IReadOnlySet<string> ContextFiles { get; init; } = LintContext.None;

    /// <summary>The linted files: the workspace's minus the context files.</summary>
    public IReadOnlyList<SourceFile> Files => ContextFiles.Count == 0 ? Workspace.Files : _linted ??= Workspace.Files.Where(f => !ContextFiles.Contains(f.FullPath)).ToList();

    private List<SourceFile>? _linted;

    /// <summary>Context files loaded (those a walk skipped as no manifests are not counted).</summary>
    public int ContextFileCount => Workspace.Files.Count - Files.Count;

    /// <summary>Documents of the linted files.</summary>
    public int DocumentCount => ContextFiles.Count == 0 ? Workspace.DocumentCount : Files.Sum(f => f.Documents.Count);

    /// <summary>Objects of the linted files.</summary>
    public int ObjectCount => ContextFiles.Count == 0 ? Workspace.Objects.Count : Files.Sum(f => f.Documents.Sum(d => d.Objects.Count));

    /// <summary>Findings of <paramref name="severity"/>, those a cap did not show included.</summary>
    public int Count(DiagnosticSeverity severity) => Diagnostics.Count(d => d.Severity == severity) + _notShown[(int)severity];

    /// <summary>Whether any finding is at or above <paramref name="threshold"/>, those a cap did not show included.</summary>
    public bool HasFindingsAtOrAbove(DiagnosticSeverity threshold)
    {
        for (var severity = (int)threshold; severity < _notShown.Length; severity++)
        {
            if (_notShown[severity] > 0)
            {
                return true;
            }
        }

        return Diagnostics.Any(d => d.Severity >= threshold);
    }
}

/// <summary>How long a run spent reading and parsing, running the analyzers, and ordering and suppressing.</summary>
internal sealed record LintPhases(TimeSpan Load, TimeSpan Analyze, TimeSpan Finish);
