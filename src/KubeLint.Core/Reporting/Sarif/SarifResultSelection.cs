using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Reporting.Sarif;

/// <summary>GitHub code scanning accepts at most 25,000 results per run: past that, keep the most
/// severe (visible findings before suppressed ones), in the run's usual order.</summary>
internal static class SarifResultSelection
{
    public const int GitHubMaxResults = 25_000;

    /// <summary>The results to write, and how many were left out.</summary>
    public static (List<Diagnostic> Kept, int Omitted) Select(IReadOnlyList<Diagnostic> candidates, int maxResults)
    {
        if (candidates.Count <= maxResults)
        {
            return ([.. candidates], 0);
        }

        var kept = candidates
            .Select((diagnostic, index) => (Diagnostic: diagnostic, Index: index))
            .OrderBy(x => x.Diagnostic.IsSuppressed)
            .ThenByDescending(x => x.Diagnostic.Severity)
            .ThenBy(x => x.Index)
            .Take(maxResults)
            .OrderBy(x => x.Index)
            .Select(x => x.Diagnostic)
            .ToList();
        return (kept, candidates.Count - kept.Count);
    }
}
