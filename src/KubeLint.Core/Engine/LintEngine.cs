using System.Diagnostics;
using KubeLint.Core.Configuration;
using KubeLint.Core.CustomRules;
using KubeLint.Core.Loading;
using Diagnostic = KubeLint.Core.Diagnostics.Diagnostic;

namespace KubeLint.Core.Engine;

/// <summary>
/// Runs a lint in stages, each with its inputs and outputs: load (<see cref="LoadStage"/>), workspace and cluster
/// profile (<see cref="WorkspaceStage"/>), analysis (<see cref="AnalysisStage"/>), then severities, suppressions,
/// order and caps (<see cref="FinishStage"/>); reporting is the surfaces'. It knows no rule by name except the
/// engine's own KL9xxx.
/// </summary>
internal sealed class LintEngine
{
    /// <summary>Runs a lint. Throws <see cref="InputException"/> or <see cref="ConfigurationException"/> for exit code 2.</summary>
    public LintResult Run(LintOptions options)
    {
        var clock = Stopwatch.StartNew();
        var config = LoadStage.Config(options);
        var limits = LoadStage.LimitsOf(options, config);
        using var worker = RuleSetup.StartWorker(ref options, config, limits);
        return RunWith(options, config, limits, worker, clock, null);
    }

    /// <summary>The worker's side: only the custom rules, in this process, and their findings as reported, before
    /// severities, suppressions and caps (the parent applies those with its own).</summary>
    internal static (CustomRuleSet Rules, List<Diagnostic> Findings, Model.Workspace Workspace) RunCustomRulesHere(LintOptions options)
    {
        options = options with { UseBuiltInAnalyzers = false, AdditionalAnalyzers = [], CustomRulesWorker = null, CustomRules = true };
        var clock = Stopwatch.StartNew();
        var config = LoadStage.Config(options);
        var findings = new List<Diagnostic>();
        var result = RunWith(options, config, LoadStage.LimitsOf(options, config), null, clock, findings);
        return (result.CustomRules, findings, result.Workspace);
    }

    private static LintResult RunWith(LintOptions options, KubeLintConfig config, LoadLimits limits, CustomRuleWorkerClient? worker, Stopwatch clock, List<Diagnostic>? findingsAsReported)
    {
        var loaded = LoadStage.Run(options, config, limits);
        var loadTime = clock.Elapsed;

        var workspace = WorkspaceStage.Build(options, config, loaded);

        // The worker's rules are waited for after the built-in rules have run (or when a check of rule references asks).
        var fromWorker = worker is null ? null : new Lazy<CustomRuleSet>(() => worker.Finish(workspace).Set, LazyThreadSafetyMode.ExecutionAndPublication);
        var inProcess = RuleSetup.InProcess(options, config, worker);
        var analyzers = RuleSetup.Analyzers(options, inProcess);
        var resolver = new SeverityResolver(config, loaded.EditorConfig, options.WarningsAsErrors);
        var registrations = AnalysisStage.RegisterEnabled(analyzers, resolver);
        var run = WorkspaceStage.Complete(workspace, options, config, loaded, RuleSetup.KnownRules(analyzers, fromWorker, options.AlsoKnownRules));

        var analyzing = clock.Elapsed;
        var raw = AnalysisStage.Run(run, registrations, loaded.Parallelism);
        var custom = inProcess ?? fromWorker!.Value; // a fatal frame throws here (exit code 2), whatever an analyzer caught
        var descriptors = RuleSetup.DescriptorsOf(analyzers, custom.InWorker ? custom.Descriptors : []);
        raw.AddRange(custom.Diagnostics);
        findingsAsReported?.AddRange(raw);
        var analyzed = clock.Elapsed;

        var finished = FinishStage.Run(raw, options, config, loaded, workspace, resolver);
        return new LintResult
        {
            Workspace = workspace,
            Options = run.Options,
            Cluster = run.Cluster,
            ConfigurationIssues = run.ConfigurationIssues,
            Diagnostics = finished.Visible,
            Suppressed = finished.Suppressed,
            NotShown = finished.NotShown,
            Rules = descriptors,
            RulesRun = descriptors.FindAll(d => !resolver.IsOffEverywhere(d)),
            Elapsed = clock.Elapsed,
            Phases = new LintPhases(loadTime, analyzed - analyzing, clock.Elapsed - analyzed),
            CustomRules = custom,
            Skipped = loaded.Skipped,
            ContextFiles = loaded.Context?.Files ?? LintContext.None,
        };
    }

    /// <summary>File, line, column, rule ID, message, then related locations (see <see cref="FinishStage.Compare(Diagnostic, Diagnostic)"/>).</summary>
    public static int Compare(Diagnostic a, Diagnostic b) => FinishStage.Compare(a, b);
}
