using KubeLint.Core.Analysis;
using KubeLint.Core.Configuration;
using KubeLint.Core.CustomRules;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Loading;

namespace KubeLint.Core.Engine;

/// <summary>Which rules a run has: the built-in analyzers, those added by the caller, and the custom rules, in
/// this process or in the worker process (started before loading so that it compiles meanwhile).</summary>
internal static class RuleSetup
{
    /// <summary>Starts the custom rules' worker when there are rule folders and a worker to run them in, before the
    /// inputs load, so that it compiles meanwhile. Standard input is read here, once, and given to both.</summary>
    public static CustomRuleWorkerClient? StartWorker(ref LintOptions options, KubeLintConfig config, LoadLimits limits)
    {
        if (!options.CustomRules || options.CustomRulesWorker is not { } command)
        {
            return null;
        }

        var folders = CustomRuleLoader.FindFolders(options.WorkingDirectory, config.CustomRules);
        if (folders.Count == 0)
        {
            return null;
        }

        byte[]? standardInput = null;
        if (options.Paths.Contains("-"))
        {
            var bytes = LoadStage.ReadAll(options.OpenStandardInput, limits);
            standardInput = bytes;
            options = options with { OpenStandardInput = () => new MemoryStream(bytes, writable: false) };
        }

        var timeout = options.CustomRulesTimeout
            ?? (config.CustomRulesTimeout is { } seconds ? TimeSpan.FromSeconds(seconds) : CustomRuleWorkerClient.DefaultTimeout);
        var memory = options.CustomRulesMemoryLimit ?? config.CustomRulesMemoryLimit ?? CustomRuleWorkerClient.DefaultMemoryLimit;
        return CustomRuleWorkerClient.Start(command, CustomRuleWorkerProtocol.LintMode, options with { CustomRulesWorker = null }, standardInput, timeout, memory, folders);
    }

    /// <summary>The analyzers that run in this process: built-in, added, then the in-process custom rules'.</summary>
    public static List<KubeAnalyzer> Analyzers(LintOptions options, CustomRuleSet? inProcess)
    {
        var analyzers = new List<KubeAnalyzer>(options.UseBuiltInAnalyzers ? AnalyzerCatalog.CreateBuiltIns() : []);
        analyzers.AddRange(options.AdditionalAnalyzers);
        analyzers.AddRange(inProcess?.Analyzers ?? []);
        return analyzers;
    }

    /// <summary>The custom rules compiled here, when no worker runs them (<see cref="CustomRuleSet.Empty"/> when off).</summary>
    public static CustomRuleSet? InProcess(LintOptions options, KubeLintConfig config, CustomRuleWorkerClient? worker) =>
        worker is not null ? null
        : options.CustomRules ? CustomRuleLoader.Load(CustomRuleLoader.FindFolders(options.WorkingDirectory, config.CustomRules), options.WorkingDirectory, options.CacheDirectory)
        : CustomRuleSet.Empty;

    /// <summary>The run's rule IDs and categories, worked out when a check of rule references first asks;
    /// <paramref name="alsoKnown"/> (<see cref="LintOptions.AlsoKnownRules"/>) count too, after the run's own.</summary>
    public static Lazy<AnalyzerOptions.RunRules> KnownRules(List<KubeAnalyzer> analyzers, Lazy<CustomRuleSet>? fromWorker, IReadOnlyList<DiagnosticDescriptor> alsoKnown) =>
        new(
            () =>
            {
                var known = DescriptorsOf(analyzers, fromWorker?.Value.Descriptors ?? []);
                known.AddRange(alsoKnown);
                var rules = new Dictionary<string, DiagnosticDescriptor>(StringComparer.OrdinalIgnoreCase);
                known.ForEach(d => rules.TryAdd(d.Id, d));
                return new AnalyzerOptions.RunRules(rules, known.Select(d => d.Category).Concat(RuleCategories.All).ToHashSet(StringComparer.OrdinalIgnoreCase));
            },
            LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every rule of the run once (the first analyzer to declare an ID wins), ordered by ID.</summary>
    /// <remarks><paramref name="fromWorker"/>: the custom rules that ran in the worker process, which have no analyzer here.</remarks>
    public static List<DiagnosticDescriptor> DescriptorsOf(List<KubeAnalyzer> analyzers, IReadOnlyList<DiagnosticDescriptor> fromWorker)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var descriptors = new List<DiagnosticDescriptor>();
        foreach (var analyzer in analyzers)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (seen.Add(descriptor.Id))
                {
                    descriptors.Add(descriptor);
                }
            }
        }

        foreach (var descriptor in fromWorker)
        {
            if (seen.Add(descriptor.Id))
            {
                descriptors.Add(descriptor);
            }
        }

        descriptors.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return descriptors;
    }
}
