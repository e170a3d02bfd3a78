using System.Collections.Concurrent;
using KubeLint.Core.Diagnostics;
using AnalyzerConfig = Microsoft.CodeAnalysis.AnalyzerConfig;
using AnalyzerConfigOptionsResult = Microsoft.CodeAnalysis.AnalyzerConfigOptionsResult;
using AnalyzerConfigSet = Microsoft.CodeAnalysis.AnalyzerConfigSet;
using ReportDiagnostic = Microsoft.CodeAnalysis.ReportDiagnostic;

namespace KubeLint.Core.Configuration;

/// <summary>
/// Severities and rule options from <c>.editorconfig</c>/<c>.globalconfig</c> files, resolved with
/// Roslyn's own parser and section matching so that the keys behave exactly as for C# analyzers.
/// Roslyn is loaded only when some config file mentions a diagnostic or KubeLint key.
/// </summary>
public sealed class EditorConfigOptions
{
    private readonly AnalyzerConfigSet? _set;
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> _cache = new(StringComparer.Ordinal);

    private EditorConfigOptions(AnalyzerConfigSet? set, IReadOnlyList<string> files)
    {
        _set = set;
        Files = files;
    }

    public static EditorConfigOptions None { get; } = new(null, []);

    /// <summary>The config files that take part, for incremental builds and <c>--verbose</c>.</summary>
    public IReadOnlyList<string> Files { get; }

    public bool IsEmpty => _set is null;

    /// <summary>Collects the config files that apply to the given inputs, walking up to a <c>root = true</c>.</summary>
    public static EditorConfigOptions Discover(IEnumerable<string> inputFullPaths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var seenDirs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputFullPaths)
        {
            for (var dir = Path.GetDirectoryName(input); dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (!seenDirs.Add(dir))
                {
                    break;
                }

                var global = Path.Combine(dir, ".globalconfig");
                if (File.Exists(global))
                {
                    files.Add(global);
                }

                var editorConfig = Path.Combine(dir, ".editorconfig");
                if (File.Exists(editorConfig))
                {
                    files.Add(editorConfig);
                    if (IsRoot(editorConfig))
                    {
                        break;
                    }
                }
            }
        }

        return Load(files.ToList());
    }

    /// <summary>Parses the given files; those that configure nothing of ours are skipped.</summary>
    public static EditorConfigOptions Load(IReadOnlyList<string> paths)
    {
        var relevant = new List<(string Path, string Text)>();
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ConfigurationException($"cannot read configuration file '{path}': {e.Message}");
            }

            if (Mentions(text))
            {
                relevant.Add((path, text));
            }
        }

        if (relevant.Count == 0)
        {
            return new EditorConfigOptions(null, paths);
        }

        var configs = relevant.Select(r => AnalyzerConfig.Parse(r.Text, r.Path)).ToList();
        return new EditorConfigOptions(AnalyzerConfigSet.Create(configs), paths);
    }

    /// <summary>The severity configured for a rule at a path: rule key, then category key, then all analyzers;
    /// at each step an <c>.editorconfig</c> section beats a <c>.globalconfig</c>, as in Roslyn.</summary>
    public ReportSeverity GetSeverity(string fullPath, DiagnosticDescriptor descriptor)
    {
        if (_set is null)
        {
            return ReportSeverity.Default;
        }

        var options = Get(fullPath);
        var global = _set.GlobalConfigOptions;
        var id = descriptor.Id.ToLowerInvariant();
        if (options.TreeOptions.TryGetValue(id, out var byRule) || global.TreeOptions.TryGetValue(id, out byRule))
        {
            return Map(byRule);
        }

        foreach (var key in new[] { $"dotnet_analyzer_diagnostic.category-{descriptor.Category}.severity".ToLowerInvariant(), "dotnet_analyzer_diagnostic.severity" })
        {
            if ((options.AnalyzerOptions.TryGetValue(key, out var value) || global.AnalyzerOptions.TryGetValue(key, out value))
                && ReportSeverityExtensions.TryParse(value, out var severity))
            {
                return severity;
            }
        }

        return ReportSeverity.Default;
    }

    /// <summary>A <c>kubelint.&lt;rule&gt;.&lt;option&gt;</c> value for a path, or null.</summary>
    public string? GetOption(string fullPath, string ruleId, string option)
    {
        if (_set is null)
        {
            return null;
        }

        var key = $"kubelint.{ruleId}.{option}".ToLowerInvariant();
        return Get(fullPath).AnalyzerOptions.TryGetValue(key, out var value) || _set.GlobalConfigOptions.AnalyzerOptions.TryGetValue(key, out value) ? value : null;
    }

    private AnalyzerConfigOptionsResult Get(string fullPath) => _cache.GetOrAdd(fullPath, p => _set!.GetOptionsForSourcePath(p));

    private static ReportSeverity Map(ReportDiagnostic report) => report switch
    {
        ReportDiagnostic.Error => ReportSeverity.Error,
        ReportDiagnostic.Warn => ReportSeverity.Warning,
        ReportDiagnostic.Info => ReportSeverity.Info,
        ReportDiagnostic.Hidden => ReportSeverity.Hidden,
        ReportDiagnostic.Suppress => ReportSeverity.Suppress,
        _ => ReportSeverity.Default,
    };

    private static bool Mentions(string text) =>
        text.Contains("dotnet_diagnostic.kl", StringComparison.OrdinalIgnoreCase)
        || text.Contains("dotnet_analyzer_diagnostic", StringComparison.OrdinalIgnoreCase)
        || text.Contains("kubelint.", StringComparison.OrdinalIgnoreCase);

    private static bool IsRoot(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith('['))
            {
                return false;
            }

            if (trimmed.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("root=true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
