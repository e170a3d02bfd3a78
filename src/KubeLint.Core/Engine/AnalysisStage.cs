using System.Collections.Concurrent;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.Engine;
using Diagnostic = KubeLint.Core.Diagnostics.Diagnostic;

namespace KubeLint.Core.Engine;

/// <summary>The third stage: runs the enabled analyzers' actions over the run's immutable context. Each action
/// gets a context made here (one per file, one per object for all its actions); analyzers share nothing else.</summary>
internal static class AnalysisStage
{
    /// <summary>As in Roslyn, an analyzer whose rules are all off for the whole run is not run at all.</summary>
    /// <remarks>Loops rather than LINQ here and in <see cref="RuleSetup.DescriptorsOf"/>: see ColdStartJitTests.</remarks>
    public static List<Registration> RegisterEnabled(List<KubeAnalyzer> analyzers, SeverityResolver resolver)
    {
        var registrations = new List<Registration>(analyzers.Count);
        foreach (var analyzer in analyzers)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (!resolver.IsOffEverywhere(descriptor))
                {
                    registrations.Add(Register(analyzer));
                    break;
                }
            }
        }

        return registrations;
    }

    private static Registration Register(KubeAnalyzer analyzer)
    {
        var context = new AnalysisContext();
        analyzer.Initialize(context);
        return new Registration(analyzer, context);
    }

    /// <summary>Whether the configuration issues of a run are <paramref name="analyzer"/>'s findings (the verifier of
    /// KubeLint.Testing expects them from this analyzer's tests and refuses them in every other's).</summary>
    public static bool ReportsConfigurationIssues(KubeAnalyzer analyzer) => analyzer is KL9001ConfigurationAnalyzer;

    /// <summary>The configuration issues the earlier stages met, as KL9001, when the analyzer that declares it runs
    /// (not in the custom rules' worker, whose parent reports them).</summary>
    private static void ReportConfigurationIssues(RunContext run, List<Registration> registrations, ConcurrentBag<Diagnostic> results)
    {
        foreach (var registration in registrations)
        {
            if (ReportsConfigurationIssues(registration.Analyzer))
            {
                foreach (var issue in run.ConfigurationIssues)
                {
                    results.Add(Diagnostic.Create(KL9001ConfigurationAnalyzer.Rule, issue.Location, issue.Message));
                }

                return;
            }
        }
    }

    /// <summary>Every registered action over <paramref name="run"/>: per file, per object, then per workspace; and
    /// the earlier stages' configuration issues as KL9001 when its analyzer is on. Findings as reported, unordered.</summary>
    public static List<Diagnostic> Run(RunContext run, List<Registration> registrations, int parallelism)
    {
        var workspace = run.Workspace;
        var results = new ConcurrentBag<Diagnostic>();
        ReportConfigurationIssues(run, registrations, results);

        // Each object's actions, looked up once per kind; one context per object and file serves every action.
        var report = (Action<Diagnostic>)results.Add;
        var byKind = new Dictionary<string, List<AnalyzerAction>>(StringComparer.Ordinal);
        foreach (var obj in workspace.Objects)
        {
            if (byKind.ContainsKey(obj.Kind))
            {
                continue;
            }

            var actions = new List<AnalyzerAction>();
            foreach (var (analyzer, context) in registrations)
            {
                foreach (var (kinds, action) in context.ObjectActions)
                {
                    if (kinds.Length == 0 || Array.IndexOf(kinds, obj.Kind) >= 0)
                    {
                        actions.Add(new AnalyzerAction(analyzer, action));
                    }
                }
            }

            byKind[obj.Kind] = actions;
        }

        ForEach(workspace.Files, parallelism, file =>
        {
            var documentContext = new DocumentAnalysisContext(file, run, report);
            foreach (var (analyzer, context) in registrations)
            {
                foreach (var action in context.DocumentActions)
                {
                    Run(analyzer, null, file, results, action, documentContext);
                }
            }

            foreach (var document in file.Documents)
            {
                foreach (var obj in document.Objects)
                {
                    var objectContext = new ObjectAnalysisContext(obj, run, report);
                    foreach (var (analyzer, action) in byKind[obj.Kind])
                    {
                        Run(analyzer, obj, file, results, action, objectContext);
                    }
                }
            }
        });

        ForEach(registrations, parallelism, registration =>
        {
            foreach (var action in registration.Context.WorkspaceActions)
            {
                Guard(registration.Analyzer, null, null, results, () => action(new WorkspaceAnalysisContext(run, results.Add)));
            }
        });

        return [.. results];
    }

    /// <summary>A failing analyzer is reported (KL9003) and the run goes on.</summary>
    private static void Guard(KubeAnalyzer analyzer, KubeObject? obj, SourceFile? file, ConcurrentBag<Diagnostic> results, Action action) =>
        Run(analyzer, obj, file, results, static a => a(), action);

    /// <summary><see cref="Guard"/> without a closure per call: the per-object loop makes hundreds of thousands.</summary>
    private static void Run<TContext>(KubeAnalyzer analyzer, KubeObject? obj, SourceFile? file, ConcurrentBag<Diagnostic> results, Action<TContext> action, TContext context)
    {
        try
        {
            action(context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var location = obj is not null ? Location.Of(obj.File, obj.Root.Span)
                : file is not null ? Location.Of(file, Text.SourceSpan.At(Text.SourcePosition.Start))
                : new Location(string.Empty, string.Empty, Text.SourceSpan.At(Text.SourcePosition.Start));
            // The analyzer's type beside its rules: the class to open, when its name and its rules disagree.
            var rule = $"{string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id))} ({analyzer.GetType().Name})";
            results.Add(Diagnostic.Create(KL9003AnalyzerFailed.Rule, location, obj, null, rule, obj?.DisplayName ?? file?.Path ?? "the workspace", $"{e.GetType().Name}: {e.Message}"));
        }
    }

    private static void ForEach<T>(IReadOnlyList<T> items, int parallelism, Action<T> body)
    {
        if (parallelism == 1 || items.Count < 2)
        {
            foreach (var item in items)
            {
                body(item);
            }

            return;
        }

        ForEachInParallel(items, parallelism, body);
    }

    /// <summary>Apart from <see cref="ForEach"/> so that small runs do not load the parallel library (see <c>LoadStage.LoadWithReaderAhead</c>).</summary>
    private static void ForEachInParallel<T>(IReadOnlyList<T> items, int parallelism, Action<T> body) =>
        Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, body);

    /// <summary>An analyzer and its context (classes, not tuples: see <see cref="Analysis.ObjectAction"/>).</summary>
    internal sealed record Registration(KubeAnalyzer Analyzer, AnalysisContext Context);

    private sealed record AnalyzerAction(KubeAnalyzer Analyzer, Action<ObjectAnalysisContext> Action);
}
