using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KubeLint.Core.Tests.Validation;

/// <summary>
/// The apiserver parity suite (docs/parity.md): one-object manifests written from Kubernetes' validation code,
/// each saying whether the apiserver rejects it. KubeLint's verdict is "reject" iff it reports at least one
/// error, with every built-in rule at its default configuration, at each minor the case names.
/// </summary>
public sealed class ApiserverParityTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_case_header_names_its_verdict_versions_and_source()
    {
        var cases = ApiserverParityCase.LoadAll();
        Assert.NotEmpty(cases);
        var problems = cases.SelectMany(c => c.HeaderProblems.Select(p => $"{c.RelativePath}: {p}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_gap_names_an_existing_case()
    {
        var missing = ApiserverParityGaps.Known.Keys.Where(k => !File.Exists(Path.Combine(ApiserverParityCase.Root, k))).ToList();
        Assert.True(missing.Count == 0, "gaps without a case: " + string.Join(", ", missing));
    }

    [Fact]
    public void KubeLint_agrees_with_the_apiserver_except_for_the_known_gaps()
    {
        var outcomes = ApiserverParityCase.LoadAll().SelectMany(Run).ToList();
        Report(outcomes);

        var failures = new List<string>();
        foreach (var byCase in outcomes.GroupBy(o => o.Case.RelativePath))
        {
            var disagreements = byCase.Where(o => !o.Agrees).ToList();
            var listed = ApiserverParityGaps.Known.ContainsKey(byCase.Key);
            if (disagreements.Count > 0 && !listed)
            {
                failures.AddRange(disagreements.Select(Describe));
            }
            else if (disagreements.Count == 0 && listed)
            {
                failures.Add($"{byCase.Key}: listed as a gap but KubeLint now agrees at every minor: remove it from ApiserverParityGaps");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static IEnumerable<Outcome> Run(ApiserverParityCase c)
    {
        // Each case on its own: cross-object rules must not see the other cases' objects.
        using var folder = new TempFolder();
        File.Copy(c.FullPath, Path.Combine(folder.Path, "case.yaml"));
        foreach (var version in c.Versions)
        {
            var result = new LintEngine().Run(new LintOptions { Paths = ["case.yaml"], WorkingDirectory = folder.Path, TargetVersion = version });
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
            yield return new Outcome(c, version.ToString(), errors);
        }
    }

    private void Report(IReadOnlyList<Outcome> outcomes)
    {
        var cases = outcomes.GroupBy(o => o.Case.RelativePath).ToList();
        output.WriteLine($"cases {cases.Count} ({cases.Count(c => c.First().Case.Rejects)} reject, {cases.Count(c => !c.First().Case.Rejects)} accept): " +
            $"KubeLint agrees at every minor on {cases.Count(c => c.All(o => o.Agrees))}, misses a reject on {cases.Count(c => c.Any(o => o.Case.Rejects && !o.Agrees))}, " +
            $"rejects a valid case on {cases.Count(c => c.Any(o => !o.Case.Rejects && !o.Agrees))}");
        output.WriteLine(Figures("all", outcomes));
        foreach (var group in outcomes.GroupBy(o => o.Case.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(Figures(group.Key, [.. group]));
        }

        // Known gaps one line per case; a new disagreement one line per minor, with KubeLint's errors.
        foreach (var byCase in outcomes.Where(o => !o.Agrees).GroupBy(o => o.Case.RelativePath))
        {
            if (ApiserverParityGaps.Known.TryGetValue(byCase.Key, out var why))
            {
                output.WriteLine($"gap: {byCase.Key} @{string.Join(",", byCase.Select(o => o.Version))}: {why}");
                continue;
            }

            foreach (var o in byCase)
            {
                output.WriteLine("NEW: " + Describe(o));
            }
        }
    }

    /// <summary>Counted per case and minor: agreement, the share of rejects caught, the valid cases called errors.</summary>
    private static string Figures(string name, IReadOnlyList<Outcome> outcomes)
    {
        var rejects = outcomes.Count(o => o.Case.Rejects);
        var caught = outcomes.Count(o => o.Case.Rejects && o.KubeLintRejects);
        var accepts = outcomes.Count - rejects;
        var falseRejects = outcomes.Count(o => !o.Case.Rejects && o.KubeLintRejects);
        var agree = outcomes.Count(o => o.Agrees);
        return $"{name,-22} runs {outcomes.Count,4} ({rejects} reject, {accepts} accept)  agree {Percent(agree, outcomes.Count)}  " +
            $"reject recall {Percent(caught, rejects)} ({caught}/{rejects})  false rejects {falseRejects}/{accepts}";
    }

    private static string Percent(int part, int whole) => whole == 0 ? "  n/a" : $"{100.0 * part / whole,5:0.0} %";

    private static string Describe(Outcome o) => o.Case.Rejects
        ? $"{o.Case.RelativePath} @{o.Version}: the apiserver rejects ({o.Case.ApiserverMessage}); KubeLint reports no error"
        : $"{o.Case.RelativePath} @{o.Version}: the apiserver accepts; KubeLint: {string.Join(" | ", o.Errors)}";

    private sealed record Outcome(ApiserverParityCase Case, string Version, IReadOnlyList<string> Errors)
    {
        public bool KubeLintRejects => Errors.Count > 0;

        public bool Agrees => KubeLintRejects == Case.Rejects;
    }
}
