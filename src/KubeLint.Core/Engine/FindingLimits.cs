using System.Globalization;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Rules.Engine;

namespace KubeLint.Core.Engine;

/// <summary>
/// Caps the findings a run shows, per file and in all (#15): a 9 MB file of 1,000,000 tiny documents gave as many
/// findings, and every reporter wrote each. Findings past a cap are counted per rule and severity in one KL9005 where
/// the first of them stood, and they still count for the exit code and the summary.
/// </summary>
internal static class FindingLimits
{
    public const int DefaultPerFile = 1000;

    public const int DefaultPerRun = 10_000;

    /// <summary>The shown findings of <paramref name="sorted"/> (in its order) with a KL9005 for each cap reached,
    /// and how many of each severity were not shown. A cap keeps the most severe findings, and among equals the first;
    /// engine findings (KL9xxx) are always shown and not counted.</summary>
    internal static (List<Diagnostic> Shown, int[] NotShown) Apply(List<Diagnostic> sorted, int perFile, int perRun, SeverityResolver resolver)
    {
        var notShown = new int[(int)DiagnosticSeverity.Error + 1];
        if (sorted.Count <= Math.Min(perFile, perRun))
        {
            return (sorted, notShown);
        }

        var engine = new List<Diagnostic>();
        var byFile = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        foreach (var diagnostic in sorted)
        {
            if (diagnostic.Descriptor.Category == RuleCategories.Engine)
            {
                engine.Add(diagnostic);
            }
            else if (byFile.TryGetValue(diagnostic.Location.FullPath, out var list))
            {
                list.Add(diagnostic);
            }
            else
            {
                byFile[diagnostic.Location.FullPath] = [diagnostic];
            }
        }

        var kept = new List<Diagnostic>();
        var closing = new List<Diagnostic>();
        foreach (var (_, inFile) in byFile)
        {
            var (keep, cut) = Keep(inFile, perFile, notShown);
            kept.AddRange(keep);
            if (cut is not null)
            {
                closing.Add(cut.Report($"the file {cut.At.Path}", perFile, "maxFindingsPerFile"));
            }
        }

        var (shown, runCut) = Keep(kept, perRun, notShown);
        if (runCut is not null)
        {
            closing.Add(runCut.Report("the run", perRun, "maxFindingsPerRun"));
        }

        shown.AddRange(engine);
        foreach (var diagnostic in closing)
        {
            if (resolver.Resolve(diagnostic.Descriptor, diagnostic.Location.FullPath, diagnostic.Severity) is { } severity && severity != DiagnosticSeverity.Hidden)
            {
                shown.Add(diagnostic with { Severity = severity });
            }
        }

        shown.Sort(FinishStage.Compare);
        return (shown, notShown);
    }

    /// <summary>The <paramref name="limit"/> most severe of <paramref name="ordered"/> (the first among equals), and the
    /// count of the rest, placed where the first of them stands.</summary>
    private static (List<Diagnostic> Kept, Cut? Others) Keep(List<Diagnostic> ordered, int limit, int[] notShown)
    {
        if (ordered.Count <= limit)
        {
            return (ordered, null);
        }

        // OrderBy is stable: among findings of one severity the earlier stays ahead.
        var ranked = ordered.Select((d, i) => (Diagnostic: d, Position: i)).OrderByDescending(p => p.Diagnostic.Severity).ToList();
        var kept = ranked.Take(limit).Select(p => p.Diagnostic).ToList();
        var rest = ranked.Skip(limit).OrderBy(p => p.Position).ToList();
        var cut = new Cut(rest[0].Diagnostic.Location);
        foreach (var (diagnostic, _) in rest)
        {
            cut.Add(diagnostic, notShown);
        }

        return (kept, cut);
    }

    /// <summary>The findings one cap held back: where the first stood, and how many per rule.</summary>
    private sealed class Cut(Location at)
    {
        private readonly SortedDictionary<string, int> _byRule = new(StringComparer.Ordinal);
        private int _count;

        public Location At => at;

        public void Add(Diagnostic diagnostic, int[] notShown)
        {
            _count++;
            _byRule[diagnostic.Id] = _byRule.GetValueOrDefault(diagnostic.Id) + 1;
            notShown[(int)diagnostic.Severity]++;
        }

        public Diagnostic Report(string what, int limit, string setting)
        {
            var perRule = string.Join(", ", _byRule.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Value} {r.Key}")));
            return Diagnostic.Create(KL9005FindingsNotShown.Rule, at, _count.ToString(CultureInfo.InvariantCulture), perRule, what, limit.ToString(CultureInfo.InvariantCulture), setting);
        }
    }
}
