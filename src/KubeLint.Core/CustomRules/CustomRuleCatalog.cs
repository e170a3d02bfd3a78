using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;

namespace KubeLint.Core.CustomRules;

/// <summary>A custom rule as <c>kubelint rules</c> and <c>kubelint explain</c> show it: its descriptor and the file
/// that declares its analyzer (null when no source declares it by name).</summary>
internal sealed record CustomRuleInfo(DiagnosticDescriptor Descriptor, string? Source);

/// <summary>The repository's custom rules, ordered by ID, and what kept some from loading (KL9002, KL9003, KL9004).</summary>
internal sealed record CustomRuleListing(IReadOnlyList<CustomRuleInfo> Rules, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Lists the custom rules a lint from <c>workingDirectory</c> would run: the same folders (<c>.kubelint/rules</c>
/// upwards, <c>customRules:</c> of <c>.kubelint.yaml</c>) and the same compiled, cached assembly.
/// </summary>
internal static class CustomRuleCatalog
{
    /// <summary>Throws <see cref="ConfigurationException"/> for a configuration or rule folder that cannot be read.</summary>
    public static CustomRuleListing List(string workingDirectory, string? cacheDirectory = null)
    {
        var configPath = KubeLintConfigLoader.Find(workingDirectory);
        var config = configPath is null ? KubeLintConfig.Empty : KubeLintConfigLoader.Load(configPath, InputResolver.DisplayPath(configPath, workingDirectory));
        var folders = CustomRuleLoader.FindFolders(workingDirectory, config.CustomRules);
        if (folders.Count == 0)
        {
            return new CustomRuleListing([], []);
        }

        var set = CustomRuleLoader.Load(folders, workingDirectory, cacheDirectory);
        var sources = ReadSources(folders, workingDirectory);
        var rules = new List<CustomRuleInfo>();
        foreach (var analyzer in set.Analyzers)
        {
            var source = CustomRuleLocations.ClassDeclaration(sources, analyzer.GetType().Name)?.Path;
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (!rules.Exists(r => r.Descriptor.Id == descriptor.Id))
                {
                    rules.Add(new CustomRuleInfo(descriptor, source));
                }
            }
        }

        rules.Sort((a, b) => string.CompareOrdinal(a.Descriptor.Id, b.Descriptor.Id));
        return new CustomRuleListing(rules, set.Diagnostics);
    }

    /// <summary><see cref="List"/> in a worker process, as a lint runs the rules: a source that takes Roslyn down, or a rule
    /// whose constructor never returns, is one KL9003 among the problems, not the end of <c>kubelint rules</c>.</summary>
    public static CustomRuleListing ListInWorker(string workingDirectory, CustomRuleWorkerCommand command)
    {
        var configPath = KubeLintConfigLoader.Find(workingDirectory);
        var config = configPath is null ? KubeLintConfig.Empty : KubeLintConfigLoader.Load(configPath, InputResolver.DisplayPath(configPath, workingDirectory));
        var folders = CustomRuleLoader.FindFolders(workingDirectory, config.CustomRules);
        if (folders.Count == 0)
        {
            return new CustomRuleListing([], []);
        }

        var timeout = config.CustomRulesTimeout is { } seconds ? TimeSpan.FromSeconds(seconds) : CustomRuleWorkerClient.DefaultTimeout;
        using var worker = CustomRuleWorkerClient.Start(
            command, CustomRuleWorkerProtocol.ListMode, new LintOptions { WorkingDirectory = workingDirectory }, null, timeout,
            config.CustomRulesMemoryLimit ?? CustomRuleWorkerClient.DefaultMemoryLimit, folders);
        var (set, rules) = worker.Finish(null);
        return new CustomRuleListing(rules, set.Diagnostics);
    }

    /// <summary>The sources again, for the declaring files' names (the loader read them already, and could not have failed).</summary>
    private static List<CustomRuleSource> ReadSources(IReadOnlyList<string> folders, string workingDirectory)
    {
        var sources = new List<CustomRuleSource>();
        foreach (var folder in folders)
        {
            foreach (var path in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                sources.Add(new CustomRuleSource(InputResolver.DisplayPath(path, workingDirectory), path, File.ReadAllText(path)));
            }
        }

        return sources;
    }
}
