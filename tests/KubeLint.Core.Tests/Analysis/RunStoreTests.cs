using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Core.Text;

namespace KubeLint.Core.Tests.Analysis;

/// <summary>The run's store (<see cref="RunFact{T}"/>, <see cref="RunTable{TKey, TValue}"/>): a fact is computed once
/// per run however many actions ask at once, a second run in the same process computes its own, and a table keyed by
/// an analyzer instance is that analyzer's alone.</summary>
public class RunStoreTests
{
    [Fact]
    public void A_fact_is_computed_once_per_run_while_parallel_actions_ask_for_it()
    {
        using var folder = ConfigMaps(40);
        var probe = new FactProbe(waitForAskers: 2);

        var result = Lint(folder, probe, parallelism: 4);

        Assert.Equal(1, probe.Computed);
        // Proof that the race was real: the factory ran while at least one other action was waiting for it.
        Assert.True(probe.AskersWhileComputing >= 2, $"only {probe.AskersWhileComputing} action(s) asked while the fact was computed: the analysis did not run in parallel");
        Assert.Equal(40, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal(("KLT200", 1, 1, "ConfigMap seen in a run of 40 objects"), (d.Id, d.Location.Start.Line, d.Location.Start.Column, d.Message)));
    }

    [Fact]
    public void A_second_run_in_the_same_process_computes_its_own_facts()
    {
        using var big = ConfigMaps(5);
        using var small = ConfigMaps(2);
        var probe = new FactProbe(waitForAskers: 1);

        var first = Lint(big, probe, parallelism: 1);
        var second = Lint(small, probe, parallelism: 1);

        Assert.Equal(2, probe.Computed);
        Assert.All(first.Diagnostics, d => Assert.Equal("ConfigMap seen in a run of 5 objects", d.Message));
        Assert.Equal(["ConfigMap seen in a run of 2 objects", "ConfigMap seen in a run of 2 objects"], second.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void A_table_keyed_by_an_analyzer_instance_is_that_analyzers_own()
    {
        using var folder = ConfigMaps(3);

        // Two instances of one analyzer in one run: each counts only what it saw (a shared table would give 6).
        var result = Lint(folder, [new TableProbe("KLT201"), new TableProbe("KLT202")], parallelism: 1);

        Assert.Equal(
            [("KLT201", "this analyzer saw 3 objects"), ("KLT202", "this analyzer saw 3 objects")],
            result.Diagnostics.Select(d => (d.Id, d.Message)).Order());
    }

    private static TempFolder ConfigMaps(int count)
    {
        var folder = new TempFolder();
        for (var i = 0; i < count; i++)
        {
            folder.Write($"cm{i:D2}.yaml", $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm{i}\n");
        }

        return folder;
    }

    private static LintResult Lint(TempFolder folder, KubeAnalyzer analyzer, int parallelism) => Lint(folder, [analyzer], parallelism);

    private static LintResult Lint(TempFolder folder, KubeAnalyzer[] analyzers, int parallelism) =>
        new LintEngine().Run(new LintOptions
        {
            Paths = ["."],
            WorkingDirectory = folder.Path,
            UseBuiltInAnalyzers = false,
            CustomRules = false,
            AdditionalAnalyzers = analyzers,
            Parallelism = parallelism,
        });

    /// <summary>Reports each ConfigMap with a fact of the run (its object count), counting how often the fact is computed.
    /// The factory waits (up to a few seconds) until <c>waitForAskers</c> actions have asked, to make the race happen.</summary>
    private sealed class FactProbe : KubeAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("KLT200", "Fact probe", "ConfigMap seen in a run of {0} objects", RuleCategories.BestPractice, DiagnosticSeverity.Warning);

        private readonly RunFact<ObjectCount> _fact;
        private readonly int _waitForAskers;
        private int _computed;
        private int _askers;

        public FactProbe(int waitForAskers)
        {
            _waitForAskers = waitForAskers;
            _fact = new(run =>
            {
                Interlocked.Increment(ref _computed);
                SpinWait.SpinUntil(() => Volatile.Read(ref _askers) >= _waitForAskers, TimeSpan.FromSeconds(10));
                AskersWhileComputing = Volatile.Read(ref _askers);
                return new ObjectCount(run.Workspace.Objects.Count);
            });
        }

        public int Computed => Volatile.Read(ref _computed);

        public int AskersWhileComputing { get; private set; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterObjectAction(
                ctx =>
                {
                    Interlocked.Increment(ref _askers);
                    ctx.Report(Rule, null, ctx.Run.Get(_fact).Count);
                },
                "ConfigMap");

        private sealed record ObjectCount(int Count);
    }

    /// <summary>Counts the objects it sees in a table of its own instance, and reports the count once per run.</summary>
    private sealed class TableProbe(string id) : KubeAnalyzer
    {
        private readonly DiagnosticDescriptor _rule = new(id, "Table probe", "this analyzer saw {0} objects", RuleCategories.BestPractice, DiagnosticSeverity.Warning);
        private readonly RunTable<string, bool> _seen = new(StringComparer.Ordinal);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [_rule];

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterObjectAction(ctx => ctx.Run.Get(_seen).TryAdd(ctx.Object.DisplayName, true));
            context.RegisterWorkspaceAction(ctx => ctx.ReportDiagnostic(Diagnostic.Create(_rule, Location.Of(ctx.Workspace.Files[0], SourceSpan.At(SourcePosition.Start)), ctx.Run.Get(_seen).Count)));
        }
    }
}
