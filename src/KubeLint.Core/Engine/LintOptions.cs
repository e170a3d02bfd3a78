using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Loading;
using KubeLint.Core.Model;

namespace KubeLint.Core.Engine;

/// <summary>What to lint and how; the CLI and the MSBuild task fill this in.</summary>
internal sealed record LintOptions
{
    /// <summary>Files and folders; <c>-</c> is standard input.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Folders (or files) whose manifests are loaded as context for the cross-object rules but not reported on
    /// (<c>--context</c>): a pre-commit hook or a pull request lints the changed files against the rest of the repository.</summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    /// <summary>Whether a walk skips <c>bin/</c>, <c>obj/</c>, <c>node_modules/</c> and what <c>.gitignore</c>s ignore
    /// (<c>--no-ignore</c> turns it off).</summary>
    public bool UseIgnoreFiles { get; init; } = true;

    public string? ConfigFile { get; init; }

    public KubernetesVersion? TargetVersion { get; init; }

    public string? Namespace { get; init; }

    public bool WarningsAsErrors { get; init; }

    /// <summary>Declares the inputs complete (<c>--complete</c>); null defers to <c>.kubelint.yaml</c>.</summary>
    public bool? Complete { get; init; }

    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    public Func<Stream>? OpenStandardInput { get; init; }

    public LoadLimits? Limits { get; init; }

    /// <summary>Command-line settings passed through to analyzers.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Analyzers beside the built-in ones (custom rules).</summary>
    public IReadOnlyList<KubeAnalyzer> AdditionalAnalyzers { get; init; } = [];

    /// <summary>Rules that checks of rule references (KL9001) count as existing though no analyzer of the run declares
    /// them: a test that runs KL9001 alone checks its configuration against the whole catalog.</summary>
    public IReadOnlyList<DiagnosticDescriptor> AlsoKnownRules { get; init; } = [];

    /// <summary>Whether to compile and run the repository's custom rules (<c>--no-custom-rules</c> turns them off).</summary>
    public bool CustomRules { get; init; } = true;

    /// <summary>The command that starts a custom rules worker process (the CLI's own executable); null compiles and runs
    /// custom rules in this process, with none of the worker's protection against a rule that hangs or ends the process.</summary>
    public CustomRules.CustomRuleWorkerCommand? CustomRulesWorker { get; init; }

    /// <summary>How long the worker may take; null: <c>customRulesTimeout</c>, else 60 s.</summary>
    public TimeSpan? CustomRulesTimeout { get; init; }

    /// <summary>The worker's GC heap limit in bytes; null: <c>customRulesMemoryLimit</c>, else 2 GiB.</summary>
    public long? CustomRulesMemoryLimit { get; init; }

    /// <summary>Where compiled custom rules are cached; null: <c>KUBELINT_CACHE_DIR</c>, else the user's cache folder.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Whether to use the built-in analyzers (tests switch them off).</summary>
    public bool UseBuiltInAnalyzers { get; init; } = true;

    /// <summary>Findings shown per file (the rest are counted in a KL9005); null: <c>maxFindingsPerFile</c>, else 1,000.</summary>
    public int? MaxFindingsPerFile { get; init; }

    /// <summary>Findings shown per run (the rest are counted in a KL9005); null: <c>maxFindingsPerRun</c>, else 10,000.</summary>
    public int? MaxFindingsPerRun { get; init; }

    /// <summary>File contents to lint instead of what is on disk, by full path (the passes of <c>kubelint fix</c>,
    /// which writes nothing until the last).</summary>
    public IReadOnlyDictionary<string, byte[]>? Contents { get; init; }

    /// <summary>Degree of parallelism for loading and analysis; 0 means one per core.</summary>
    public int Parallelism { get; init; }
}
