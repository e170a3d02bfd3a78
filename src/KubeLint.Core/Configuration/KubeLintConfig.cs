using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Configuration;

/// <summary>The settings of a <c>.kubelint.yaml</c>; see <c>schemas/kubelint-config.schema.json</c>.</summary>
internal sealed class KubeLintConfig
{
    public static readonly KubeLintConfig Empty = new();

    /// <summary>The file the settings came from, or null for defaults.</summary>
    public SourceFile? File { get; init; }

    /// <summary>The whole document, for sections that other features read (<c>cluster:</c> …).</summary>
    public YMapping? Root { get; init; }

    public KubernetesVersion? TargetKubernetesVersion { get; init; }

    public string? Namespace { get; init; }

    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public long? MaxFileSize { get; init; }

    public bool? Complete { get; init; }

    /// <summary>Findings shown per file before the rest are counted in one KL9005; null: the default.</summary>
    public int? MaxFindingsPerFile { get; init; }

    /// <summary>Findings shown per run before the rest are counted in one KL9005; null: the default.</summary>
    public int? MaxFindingsPerRun { get; init; }

    /// <summary>How long the custom rules' worker may run, in seconds; null: the default.</summary>
    public int? CustomRulesTimeout { get; init; }

    /// <summary>The custom rules' worker's heap limit in bytes; null: the default.</summary>
    public long? CustomRulesMemoryLimit { get; init; }

    /// <summary>Folders of custom rule files besides <c>.kubelint/rules</c>, as full paths.</summary>
    public IReadOnlyList<string> CustomRules { get; init; } = [];

    /// <summary>Per-rule settings keyed by rule ID, with the key node for KL9001 positions.</summary>
    public IReadOnlyDictionary<string, RuleSettings> Rules { get; init; } = new Dictionary<string, RuleSettings>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per-category severities.</summary>
    public IReadOnlyDictionary<string, CategorySettings> Categories { get; init; } = new Dictionary<string, CategorySettings>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ConfigurationIssue> Issues { get; init; } = [];
}

/// <summary>One entry of <c>rules:</c>: a severity and rule-specific options.</summary>
internal sealed record RuleSettings(YScalar Key, ReportSeverity Severity, IReadOnlyDictionary<string, YNode> Options)
{
    /// <summary>The key node of each option, for KL9001 positions.</summary>
    public IReadOnlyDictionary<string, YScalar> OptionKeys { get; init; } = new Dictionary<string, YScalar>(StringComparer.Ordinal);
}

/// <summary>A category's severity as configured. A class, not the bare enum: value-type generic, see ColdStartJitTests.</summary>
internal sealed record CategorySettings(YScalar Key, ReportSeverity Severity);
