using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Analysis;

/// <summary>Run-wide settings every analyzer can read: target version, configuration, rule options.</summary>
public sealed class AnalyzerOptions
{
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
    internal string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

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

    /// <summary>True when a rule of the run has the ID (any case), for checks of rule references.</summary>
    internal bool IsKnownRuleId(string id) => KnownRules.Value.Rules.ContainsKey(id);

    /// <summary>Every rule category: the families', and those of the rules of this run (custom rules may add some).</summary>
    internal IReadOnlySet<string> KnownCategories => KnownRules.Value.Categories;

    /// <summary>The descriptors of the run's rules by ID (any case), for the check of configured rule options.</summary>
    internal IReadOnlyDictionary<string, DiagnosticDescriptor> KnownDescriptors => KnownRules.Value.Rules;

    // A class in the Lazy, not a value tuple: see ColdStartJitTests.

    /// <summary>The run's rules and categories, worked out when first asked for: the custom rules' worker is still
    /// running while the built-in rules run, and only a check of rule references needs to wait for its descriptors.</summary>
    internal Lazy<RunRules> KnownRules { get; init; } =
        new(new RunRules(new Dictionary<string, DiagnosticDescriptor>(), new HashSet<string>()));

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

    /// <summary>A declared rule option for the file: <c>.editorconfig</c> first, then <c>.kubelint.yaml</c>, else its default.
    /// A value of the wrong type reads as the default (KL9001 reports it).</summary>
    /// <exception cref="InvalidOperationException">The rule does not list <paramref name="option"/> in its
    /// <see cref="DiagnosticDescriptor.Options"/>: what it reads and what is checked and documented must be the same.</exception>
    public T Get<T>(DiagnosticDescriptor rule, RuleOption<T> option, SourceFile? file = null)
    {
        if (!rule.Options.Contains(option))
        {
            throw new InvalidOperationException($"{rule.Id} reads the option '{option.Name}' without declaring it in its descriptor's Options");
        }

        if (file is not null && EditorConfig.GetOption(file.FullPath, rule.Id, option.Name) is { } fromEditorConfig)
        {
            return option.Read(fromEditorConfig);
        }

        return Config.Rules.TryGetValue(rule.Id, out var settings) && settings.Options.TryGetValue(option.Name, out var node)
            ? option.Read(node)
            : option.Default;
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

    /// <summary>The rules of a run by ID (any case; their keys are the run's rule IDs) and its categories.</summary>
    internal sealed record RunRules(IReadOnlyDictionary<string, DiagnosticDescriptor> Rules, IReadOnlySet<string> Categories);
}
