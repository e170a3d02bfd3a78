namespace KubeLint.Core.Reporting;

/// <summary>
/// The folder that repository-relative paths (SARIF's <c>%SRCROOT%</c>, GitHub annotations) are
/// relative to: the nearest folder at or above the working directory that holds <c>.git</c>
/// (a folder, or a file in worktrees and submodules), else the working directory itself.
/// </summary>
internal sealed class SourceRoot
{
    private SourceRoot(string path)
    {
        Path = path;
    }

    /// <summary>The absolute root folder, without a trailing separator.</summary>
    public string Path { get; }

    /// <summary>The root as a <c>file:</c> URI ending in <c>/</c>, as SARIF's <c>originalUriBaseIds</c> wants.</summary>
    public string Uri => new Uri(Path.EndsWith(System.IO.Path.DirectorySeparatorChar) ? Path : Path + System.IO.Path.DirectorySeparatorChar).AbsoluteUri;

    public static SourceRoot Find(string workingDirectory)
    {
        var start = System.IO.Path.GetFullPath(workingDirectory);
        for (var folder = start; folder is not null; folder = System.IO.Path.GetDirectoryName(folder))
        {
            var git = System.IO.Path.Combine(folder, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return new SourceRoot(System.IO.Path.TrimEndingDirectorySeparator(folder));
            }
        }

        return new SourceRoot(System.IO.Path.TrimEndingDirectorySeparator(start));
    }

    /// <summary>The repository that holds the most linted files (the first of equals, in the files' order; issue
    /// #16: not the one the command ran in, which may hold none of them), else <see cref="Find"/> of the working
    /// folder. Each folder is asked for <c>.git</c> once, so the cost is linear in the files' folders.</summary>
    public static SourceRoot OfFiles(IReadOnlyList<Model.SourceFile> files, string workingDirectory)
    {
        var repositoryOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? best = null;
        foreach (var file in files)
        {
            if (!System.IO.Path.IsPathFullyQualified(file.FullPath) || System.IO.Path.GetDirectoryName(file.FullPath) is not { } folder)
            {
                continue;
            }

            if (RepositoryOf(folder, repositoryOf) is not { } repository)
            {
                continue;
            }

            var count = counts[repository] = counts.GetValueOrDefault(repository) + 1;
            if (best is null || count > counts[best])
            {
                best = repository;
            }
        }

        return best is null ? Find(workingDirectory) : new SourceRoot(best);
    }

    /// <summary>The nearest folder at or above <paramref name="folder"/> holding <c>.git</c>, or null; memoised per folder.</summary>
    private static string? RepositoryOf(string folder, Dictionary<string, string?> known)
    {
        if (known.TryGetValue(folder, out var cached))
        {
            return cached;
        }

        var git = System.IO.Path.Combine(folder, ".git");
        var found = Directory.Exists(git) || File.Exists(git)
            ? System.IO.Path.TrimEndingDirectorySeparator(folder)
            : System.IO.Path.GetDirectoryName(folder) is { } parent ? RepositoryOf(parent, known) : null;
        known[folder] = found;
        return found;
    }

    /// <summary>The path relative to the root with <c>/</c> separators, or null when it lies outside
    /// the root (or is not a file, like standard input).</summary>
    public string? Relative(string fullPath)
    {
        if (string.IsNullOrEmpty(fullPath) || !System.IO.Path.IsPathFullyQualified(fullPath))
        {
            return null;
        }

        var relative = System.IO.Path.GetRelativePath(Path, fullPath);
        if (relative == "." || relative == ".." || relative.StartsWith("../", StringComparison.Ordinal)
            || relative.StartsWith("..\\", StringComparison.Ordinal) || System.IO.Path.IsPathFullyQualified(relative))
        {
            return null;
        }

        return relative.Replace('\\', '/');
    }

    /// <summary>A relative path as a URI reference: each segment percent-encoded, <c>/</c> kept.</summary>
    public static string ToUriReference(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(System.Uri.EscapeDataString));
}
