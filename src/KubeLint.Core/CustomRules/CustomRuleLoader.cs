using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using KubeLint.Core.Analysis;
using KubeLint.Core.Configuration;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Reporting;
using KubeLint.Core.Rules.Engine;
using KubeLint.Core.Text;

namespace KubeLint.Core.CustomRules;

/// <summary>The analyzers found in custom rule files, and the findings about those files (KL9002, KL9003, KL9004).</summary>
/// <remarks>Rules that ran in the worker process have no analyzers here, only their descriptors and findings.</remarks>
internal sealed record CustomRuleSet(IReadOnlyList<KubeAnalyzer> Analyzers, IReadOnlyList<Diagnostic> Diagnostics, bool FromCache)
{
    public static readonly CustomRuleSet Empty = new([], [], false);

    /// <summary>Every rule the analyzers declare, once.</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; init; } = Analyzers.SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).ToList();

    public int AnalyzerCount { get; init; } = Analyzers.Count;

    /// <summary>Whether the rules were compiled and run in a worker process.</summary>
    public bool InWorker { get; init; }
}

/// <summary>
/// Finds <c>.cs</c> files in the repository's <c>.kubelint/rules/</c> (and in <c>customRules:</c> folders),
/// compiles them once and caches the assembly by a hash of the sources, KubeLint's build and the
/// compiler's version, so later runs only load it. Custom rules run with the user's rights, like
/// Roslyn analyzers or MSBuild tasks in a repository; they are never fetched from anywhere else.
/// </summary>
internal static class CustomRuleLoader
{
    public const string DefaultFolder = ".kubelint/rules";
    public const string CacheVariable = "KUBELINT_CACHE_DIR";

    /// <summary>The default folder found upwards from <paramref name="workingDirectory"/>, then the configured ones.</summary>
    public static IReadOnlyList<string> FindFolders(string workingDirectory, IEnumerable<string> configured)
    {
        var folders = new List<string>();
        for (var dir = new DirectoryInfo(workingDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".kubelint", "rules");
            if (Directory.Exists(candidate))
            {
                folders.Add(candidate);
                break;
            }
        }

        folders.AddRange(configured.Where(Directory.Exists).Select(Path.GetFullPath));
        return folders.Distinct(StringComparer.Ordinal).ToList();
    }

    public static CustomRuleSet Load(IReadOnlyList<string> folders, string workingDirectory, string? cacheDirectory = null) =>
        folders.Count == 0 ? CustomRuleSet.Empty : LoadFrom(folders, workingDirectory, cacheDirectory);

    /// <summary>Apart from <see cref="Load"/>: a ReadyToRun method loads the assemblies of every type it uses
    /// before it first runs, and a repository without custom rules needs no assembly loading contexts.</summary>
    private static CustomRuleSet LoadFrom(IReadOnlyList<string> folders, string workingDirectory, string? cacheDirectory)
    {
        var sources = ReadSources(folders, workingDirectory);
        if (sources.Count == 0)
        {
            return CustomRuleSet.Empty;
        }

        var hash = Hash(sources);
        var assemblyName = $"KubeLint.CustomRules.{hash[..16]}";
        var fileName = assemblyName + ".dll";
        var cacheFolders = CustomRuleCache.Candidates(cacheDirectory).ToList();
        var diagnostics = new List<Diagnostic>();
        var cached = CustomRuleCache.Find(cacheFolders, fileName);
        var fromCache = cached is not null;
        byte[]? bytes = null;
        if (!fromCache)
        {
            var problems = new List<CustomRuleProblem>();
            bytes = CustomRuleCompiler.Compile(assemblyName, sources, problems);
            diagnostics.AddRange(problems.Select(p => Diagnostic.Create(KL9002CustomRuleCompileError.Rule, ToLocation(p), p.Message)));
            if (bytes is null)
            {
                return new CustomRuleSet([], diagnostics, false);
            }

            cached = CustomRuleCache.TryStore(cacheFolders, fileName, bytes);
        }

        var context = new AssemblyLoadContext(assemblyName);
        var assembly = cached is not null ? context.LoadFromAssemblyPath(cached) : context.LoadFromStream(new MemoryStream(bytes!));
        var analyzers = new List<KubeAnalyzer>();
        foreach (var type in assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(KubeAnalyzer)) && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (Instantiate(type, sources, diagnostics) is { } analyzer)
            {
                analyzers.Add(analyzer);
            }
        }

        return new CustomRuleSet(analyzers, diagnostics, fromCache);
    }

    /// <summary>The <c>.cs</c> files of the folders, unread, for naming them when the worker that runs them fails; empty for
    /// a folder that cannot be listed (the worker reports that).</summary>
    internal static List<string> SourcePaths(IReadOnlyList<string> folders)
    {
        var paths = new List<string>();
        foreach (var folder in folders)
        {
            try
            {
                paths.AddRange(CSharpFiles(folder).Order(StringComparer.Ordinal));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // named by the worker's fatal frame
            }
        }

        return paths;
    }

    /// <summary>Every <c>.cs</c> file of the folders; a folder or file that cannot be read stops the run (exit code 2)
    /// naming it, since linting without some of the repository's rules would pass what they forbid.</summary>
    private static List<CustomRuleSource> ReadSources(IReadOnlyList<string> folders, string workingDirectory)
    {
        var sources = new List<CustomRuleSource>();
        foreach (var folder in folders)
        {
            List<string> paths;
            try
            {
                paths = CSharpFiles(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ConfigurationException($"cannot read the custom rules in '{InputResolver.DisplayPath(folder, workingDirectory)}': {e.Message}");
            }

            foreach (var path in paths)
            {
                try
                {
                    sources.Add(new CustomRuleSource(InputResolver.DisplayPath(path, workingDirectory), path, KubeLint.Core.Loading.RegularFile.ReadAllText(path)));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new ConfigurationException($"cannot read the custom rule '{InputResolver.DisplayPath(path, workingDirectory)}': {e.Message}");
                }
            }
        }

        sources.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        return sources;
    }

    /// <summary>The <c>.cs</c> files below <paramref name="root"/>, each folder visited once by where it really is: .NET's
    /// recursive enumeration follows links to folders, so a link to <c>.</c> listed every file once per level down to the
    /// system's limit of 40 links, and two such links made the listing endless.</summary>
    private static List<string> CSharpFiles(string root)
    {
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Folder, string RealPath)>();
        pending.Push((root, RealPath(root, null)));
        while (pending.Count > 0)
        {
            var (folder, real) = pending.Pop();
            if (!visited.Add(real))
            {
                continue;
            }

            files.AddRange(Directory.EnumerateFiles(folder, "*.cs"));
            foreach (var child in Directory.EnumerateDirectories(folder))
            {
                pending.Push((child, RealPath(child, real)));
            }
        }

        return files;
    }

    /// <summary>A link's final target; else the folder's name under its parent's real path (the root's full path).</summary>
    private static string RealPath(string folder, string? parentReal)
    {
        try
        {
            if (Directory.ResolveLinkTarget(folder, returnFinalTarget: true) is { } target)
            {
                return Path.GetFullPath(target.FullName);
            }
        }
        catch (IOException)
        {
            return Path.GetFullPath(folder); // a loop of links: listing it fails, naming the folder
        }

        return parentReal is null ? Path.GetFullPath(folder) : Path.Combine(parentReal, Path.GetFileName(folder));
    }

    private static KubeAnalyzer? Instantiate(Type type, List<CustomRuleSource> sources, List<Diagnostic> diagnostics)
    {
        var at = FindText(sources, type.Name);
        KubeAnalyzer analyzer;
        try
        {
            analyzer = (KubeAnalyzer)Activator.CreateInstance(type)!;
            var reserved = analyzer.SupportedDiagnostics.FirstOrDefault(d => d.Id.StartsWith("KL", StringComparison.OrdinalIgnoreCase));
            if (reserved is not null)
            {
                diagnostics.Add(Diagnostic.Create(KL9004ReservedRuleId.Rule, CustomRuleLocations.ClassDeclaration(sources, type.Name) ?? at ?? Nowhere, type.Name, reserved.Id));
                return null;
            }
        }
        catch (Exception e) when (e is TargetInvocationException or MissingMethodException or InvalidCastException)
        {
            var inner = e.InnerException ?? e;
            diagnostics.Add(Diagnostic.Create(KL9003AnalyzerFailed.Rule, at ?? Nowhere, type.Name, "start-up", $"{inner.GetType().Name}: {inner.Message}"));
            return null;
        }

        return analyzer;
    }

    private static Location Nowhere => new(string.Empty, string.Empty, SourceSpan.At(SourcePosition.Start));

    /// <summary>Where a text first occurs in the sources, for findings that Roslyn did not place.</summary>
    private static Location? FindText(List<CustomRuleSource> sources, string text)
    {
        foreach (var source in sources)
        {
            var offset = source.Text.IndexOf(text, StringComparison.Ordinal);
            if (offset >= 0)
            {
                var start = new SourceText(source.Text).GetPosition(offset);
                return new Location(source.DisplayPath, source.FullPath, new SourceSpan(start, start with { Column = start.Column + text.Length }));
            }
        }

        return null;
    }

    private static Location ToLocation(CustomRuleProblem p) =>
        new(p.DisplayPath, p.FullPath, new SourceSpan(new(p.Line, p.Column), new(p.EndLine, p.EndColumn)));

    private static string Hash(IEnumerable<CustomRuleSource> sources)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{ToolInfo.Version}|{typeof(KubeAnalyzer).Assembly.ManifestModule.ModuleVersionId}|{CompilerVersionWithoutLoading()}\n"));
        foreach (var source in sources)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{source.DisplayPath}\n{source.Text}\n\0"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The compiler's version from its file's metadata: reading it does not load Roslyn.</summary>
    private static string CompilerVersionWithoutLoading()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Microsoft.CodeAnalysis.CSharp.dll");
        return File.Exists(path) ? AssemblyName.GetAssemblyName(path).Version?.ToString() ?? "unknown" : "unknown";
    }
}
