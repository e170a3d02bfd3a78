using System.Runtime.CompilerServices;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Configuration;

/// <summary>
/// Severities and rule options from <c>.editorconfig</c>/<c>.globalconfig</c> files, resolved with
/// Roslyn's own parser and section matching so that the keys behave exactly as for C# analyzers.
/// Roslyn is loaded only when some config file mentions a diagnostic or KubeLint key: every use of
/// its types sits in <see cref="RoslynAnalyzerConfig"/>, reached through non-inlined methods, and the
/// field holding it is typed <c>object</c> so that loading this class does not load Roslyn's assembly.
/// </summary>
internal sealed class EditorConfigOptions
{
    private readonly object? _roslyn;

    private EditorConfigOptions(object? roslyn, IReadOnlyList<string> files)
    {
        _roslyn = roslyn;
        Files = files;
    }

    public static EditorConfigOptions None { get; } = new(null, []);

    /// <summary>The config files that take part, for incremental builds and <c>--verbose</c>.</summary>
    public IReadOnlyList<string> Files { get; }

    public bool IsEmpty => _roslyn is null;

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
                text = Loading.RegularFile.ReadAllText(path);
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

        return new EditorConfigOptions(CreateRoslyn(relevant), paths);
    }

    /// <summary>The severity configured for a rule at a path: rule key, then category key, then all analyzers;
    /// at each step an <c>.editorconfig</c> section beats a <c>.globalconfig</c>, as in Roslyn.</summary>
    public ReportSeverity GetSeverity(string fullPath, DiagnosticDescriptor descriptor) =>
        _roslyn is null ? ReportSeverity.Default : GetSeverity(_roslyn, fullPath, descriptor);

    /// <summary>A <c>kubelint.&lt;rule&gt;.&lt;option&gt;</c> value for a path, or null.</summary>
    public string? GetOption(string fullPath, string ruleId, string option) =>
        _roslyn is null ? null : GetOption(_roslyn, fullPath, ruleId, option);

    [MethodImpl(MethodImplOptions.NoInlining)]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "Typed object so that callers do not load Roslyn's assembly (see the class).")]
    private static object CreateRoslyn(List<(string Path, string Text)> files) => new RoslynAnalyzerConfig(files);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ReportSeverity GetSeverity(object roslyn, string fullPath, DiagnosticDescriptor descriptor) =>
        ((RoslynAnalyzerConfig)roslyn).GetSeverity(fullPath, descriptor);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? GetOption(object roslyn, string fullPath, string ruleId, string option) =>
        ((RoslynAnalyzerConfig)roslyn).GetOption(fullPath, ruleId, option);

    private static bool Mentions(string text) =>
        text.Contains("dotnet_diagnostic.kl", StringComparison.OrdinalIgnoreCase)
        || text.Contains("dotnet_analyzer_diagnostic", StringComparison.OrdinalIgnoreCase)
        || text.Contains("kubelint.", StringComparison.OrdinalIgnoreCase);

    private static bool IsRoot(string path)
    {
        string text;
        try
        {
            text = Loading.RegularFile.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"cannot read configuration file '{path}': {e.Message}");
        }

        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith('['))
            {
                return false;
            }

            if (trimmed.ToString().Replace(" ", string.Empty, StringComparison.Ordinal).Equals("root=true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
