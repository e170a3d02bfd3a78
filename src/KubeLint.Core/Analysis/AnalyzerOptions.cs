using System.Collections.Concurrent;
using KubeLint.Core.Configuration;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Analysis;

/// <summary>Run-wide settings every analyzer can read: target version, configuration, rule options.</summary>
public sealed class AnalyzerOptions
{
    private readonly ConcurrentDictionary<Type, Lazy<object>> _shared = new();

    internal AnalyzerOptions(
        KubeLintConfig config,
        EditorConfigOptions editorConfig,
        KubernetesVersion targetVersion,
        string defaultNamespace,
        IReadOnlyDictionary<string, string>? properties = null)
    {
        Config = config;
        EditorConfig = editorConfig;
        TargetVersion = targetVersion;
        DefaultNamespace = defaultNamespace;
        Properties = properties ?? new Dictionary<string, string>();
    }

    internal KubeLintConfig Config { get; }

    /// <summary>The folder relative paths (e.g. <c>--cluster-config</c> files) are resolved against.</summary>
    internal string WorkingDirectory { get; set; } = Directory.GetCurrentDirectory();

    internal EditorConfigOptions EditorConfig { get; }

    /// <summary>The Kubernetes minor the manifests are checked against.</summary>
    public KubernetesVersion TargetVersion { get; }

    /// <summary>Where <see cref="TargetVersion"/> came from (explicit, or guessed from the inputs, or the default).</summary>
    public TargetVersionSource TargetVersionSource { get; init; } = TargetVersionSource.Option;

    public string DefaultNamespace { get; }

    /// <summary>True when the inputs are declared complete (<c>--complete</c>, <c>complete: true</c>):
    /// an object they do not hold does not exist, so references to it are real problems.</summary>
    public bool InputsComplete { get; init; }

    /// <summary>Settings given on the command line or by the MSBuild task (e.g. cluster facts), by name.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>Configuration problems found before analysis (reported as KL9001).</summary>
    internal List<ConfigurationIssue> ConfigurationIssues { get; } = [];

    /// <summary>Every rule ID of the run, for checks of rule references.</summary>
    internal IReadOnlySet<string> KnownRuleIds { get => _knownRules.Value.Ids; set => _knownRules = new((value, KnownCategories)); }

    /// <summary>Every rule category: the families', and those of the rules of this run (custom rules may add some).</summary>
    internal IReadOnlySet<string> KnownCategories { get => _knownRules.Value.Categories; set => _knownRules = new((KnownRuleIds, value)); }

    private Lazy<(IReadOnlySet<string> Ids, IReadOnlySet<string> Categories)> _knownRules = new((new HashSet<string>(), new HashSet<string>()));

    /// <summary>The run's rules and categories, worked out when first asked for: the custom rules' worker is still
    /// running while the built-in rules run, and only a check of rule references needs to wait for its descriptors.</summary>
    internal void KnowRulesWhenAsked(Func<(IReadOnlySet<string> Ids, IReadOnlySet<string> Categories)> known) =>
        _knownRules = new(known, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A rule option: <c>kubelint.&lt;id&gt;.&lt;option&gt;</c> in <c>.editorconfig</c> for the file, else <c>rules.&lt;ID&gt;.&lt;option&gt;</c> in <c>.kubelint.yaml</c>.</summary>
    public string? GetOption(string ruleId, string option, SourceFile? file = null)
    {
        if (file is not null && EditorConfig.GetOption(file.FullPath, ruleId, option) is { } fromEditorConfig)
        {
            return fromEditorConfig;
        }

        return Config.Rules.TryGetValue(ruleId, out var settings) && settings.Options.TryGetValue(option, out var node) && node is YScalar scalar
            ? scalar.Value
            : null;
    }

    /// <summary>A list option: a YAML sequence, or a comma-separated value.</summary>
    public IReadOnlyList<string> GetListOption(string ruleId, string option, SourceFile? file = null)
    {
        if (file is null || EditorConfig.GetOption(file.FullPath, ruleId, option) is null)
        {
            if (Config.Rules.TryGetValue(ruleId, out var settings) && settings.Options.TryGetValue(option, out var node) && node is YSequence sequence)
            {
                return sequence.Items.OfType<YScalar>().Select(s => s.Value).ToList();
            }
        }

        var text = GetOption(ruleId, option, file);
        return text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>State computed once per run and shared by analyzers (e.g. the cluster profile).</summary>
    internal T GetShared<T>(Func<AnalyzerOptions, T> factory)
        where T : class =>
        (T)_shared.GetOrAdd(typeof(T), _ => new Lazy<object>(() => factory(this))).Value;
}
