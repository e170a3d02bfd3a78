using System.Collections.Concurrent;
using KubeLint.Core.Diagnostics;
using AnalyzerConfig = Microsoft.CodeAnalysis.AnalyzerConfig;
using AnalyzerConfigOptionsResult = Microsoft.CodeAnalysis.AnalyzerConfigOptionsResult;
using AnalyzerConfigSet = Microsoft.CodeAnalysis.AnalyzerConfigSet;
using ReportDiagnostic = Microsoft.CodeAnalysis.ReportDiagnostic;

namespace KubeLint.Core.Configuration;

/// <summary>The only place that touches Roslyn's types: <see cref="AnalyzerConfigSet"/> gives Roslyn's exact
/// section matching and precedence. Global configs (<c>.globalconfig</c>, <c>is_global = true</c>) are kept
/// apart by Roslyn and consulted after the per-file sections.</summary>
internal sealed class RoslynAnalyzerConfig
{
    private readonly AnalyzerConfigSet _set;
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> _cache = new(StringComparer.Ordinal);

    public RoslynAnalyzerConfig(IEnumerable<EditorConfigText> files)
    {
        _set = AnalyzerConfigSet.Create(files.Select(f => AnalyzerConfig.Parse(f.Text, f.Path)).ToList());
    }

    public ReportSeverity GetSeverity(string fullPath, DiagnosticDescriptor descriptor)
    {
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

    public string? GetOption(string fullPath, string ruleId, string option)
    {
        var key = $"kubelint.{ruleId}.{option}".ToLowerInvariant();
        return Get(fullPath).AnalyzerOptions.TryGetValue(key, out var value) || _set.GlobalConfigOptions.AnalyzerOptions.TryGetValue(key, out value) ? value : null;
    }

    private string? _tooSlow;

    private AnalyzerConfigOptionsResult Get(string fullPath) =>
        _tooSlow is null ? _cache.GetOrAdd(fullPath, Match) : throw new ConfigurationException(_tooSlow);

    // Roslyn turns each section name into a backtracking regex: `[**a**a**a**b]` against a long path needs
    // time exponential in the number of wildcards. The CLI sets a default regex match timeout, so such a
    // section ends as a configuration error instead of a hang.
    private AnalyzerConfigOptionsResult Match(string fullPath)
    {
        try
        {
            return _set.GetOptionsForSourcePath(fullPath);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // Remembered: every later lookup would wait for the timeout again.
            _tooSlow = $"matching the .editorconfig section names against '{fullPath}' took too long: a section name with many wildcards "
                + "(such as [**a**a**a**b]) takes time that grows exponentially with the path's length; write it with fewer wildcards";
            throw new ConfigurationException(_tooSlow);
        }
    }

    private static ReportSeverity Map(ReportDiagnostic report) => report switch
    {
        ReportDiagnostic.Error => ReportSeverity.Error,
        ReportDiagnostic.Warn => ReportSeverity.Warning,
        ReportDiagnostic.Info => ReportSeverity.Info,
        ReportDiagnostic.Hidden => ReportSeverity.Hidden,
        ReportDiagnostic.Suppress => ReportSeverity.Suppress,
        _ => ReportSeverity.Default,
    };
}
