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

    // Each file's text as read once: Roslyn parses it, KL9001 finds the positions of its keys in it.
    private readonly IReadOnlyList<EditorConfigText> _texts;

    private EditorConfigOptions(object? roslyn, IReadOnlyList<EditorConfigText> texts)
    {
        _roslyn = roslyn;
        _texts = texts;
        var files = new string[texts.Count];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = texts[i].Path;
        }

        Files = files;
    }

    public static EditorConfigOptions None { get; } = new(null, []);

    /// <summary>The config files that take part, for incremental builds and <c>--verbose</c>.</summary>
    public IReadOnlyList<string> Files { get; }

    public bool IsEmpty => _roslyn is null;

    /// <summary>Collects the config files that apply to the given inputs, walking up to a <c>root = true</c>.</summary>
    public static EditorConfigOptions Discover(IEnumerable<string> inputFullPaths)
    {
        var files = new List<EditorConfigText>();
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
                    files.Add(new EditorConfigText(global, Read(global)));
                }

                var editorConfig = Path.Combine(dir, ".editorconfig");
                if (File.Exists(editorConfig))
                {
                    var text = Read(editorConfig);
                    files.Add(new EditorConfigText(editorConfig, text));
                    if (IsRoot(text))
                    {
                        break;
                    }
                }
            }
        }

        // Each folder is walked once, so each file is met once; the order is the paths'.
        files.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return Parse(files);
    }

    /// <summary>Reads and parses the given files; those that configure nothing of ours are skipped.</summary>
    public static EditorConfigOptions Load(IReadOnlyList<string> paths) =>
        Parse(paths.Select(path => new EditorConfigText(path, Read(path))).ToList());

    /// <summary>The <c>kubelint.&lt;id&gt;.&lt;option&gt;</c> keys of every file with their positions, from the texts Roslyn parsed.</summary>
    public IEnumerable<EditorConfigOptionKey> OptionKeys()
    {
        foreach (var file in _texts)
        {
            foreach (var key in EditorConfigOptionKeys.Read(file.Path, file.Text))
            {
                yield return key;
            }
        }
    }

    private static EditorConfigOptions Parse(List<EditorConfigText> texts)
    {
        var relevant = texts.FindAll(t => Mentions(t.Text));
        return new EditorConfigOptions(relevant.Count == 0 ? null : CreateRoslyn(relevant), texts);
    }

    private static string Read(string path)
    {
        try
        {
            return Loading.RegularFile.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"cannot read configuration file '{path}': {e.Message}");
        }
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
    private static object CreateRoslyn(List<EditorConfigText> files) => new RoslynAnalyzerConfig(files);

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

    private static bool IsRoot(string text)
    {
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

/// <summary>A configuration file's path and its text, read once.</summary>
internal sealed record EditorConfigText(string Path, string Text);
