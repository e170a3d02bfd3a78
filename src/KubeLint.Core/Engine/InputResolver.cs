namespace KubeLint.Core.Engine;

/// <summary>One input to load: its display path and full path (or standard input); <see cref="FromWalk"/> when found
/// by walking a folder rather than named (a walk skips documents that are no Kubernetes objects, see <see cref="WalkSkipper"/>);
/// <see cref="IsHelmChart"/> marks the <c>Chart.yaml</c> a walk took for a whole Helm chart folder (KL0006);
/// <see cref="Problem"/> says why a walk could not read it (a folder it could not list), reported as KL0001 at the path.</summary>
internal sealed record InputFile(string DisplayPath, string FullPath, bool IsStandardInput = false, bool FromWalk = false, bool IsHelmChart = false, string? Problem = null);

/// <summary>Globs matched against paths relative to <see cref="BaseDirectory"/> (the working folder for
/// the command line, the configuration file's folder for <c>.kubelint.yaml</c>).</summary>
internal sealed record PathFilter(IReadOnlyList<string> Patterns, string BaseDirectory)
{
    private readonly List<Glob> _globs = Patterns.Select(p => new Glob(p)).ToList();

    public bool IsEmpty => _globs.Count == 0;

    public bool Matches(string fullPath)
    {
        if (_globs.Count == 0)
        {
            return false;
        }

        // Outside the base folder, patterns see the absolute path (without its leading '/').
        var relative = Path.GetRelativePath(BaseDirectory, fullPath).Replace('\\', '/');
        if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            relative = fullPath.Replace('\\', '/').TrimStart('/');
        }

        return _globs.Any(g => g.IsMatch(relative));
    }
}

/// <summary>Expands paths into manifest files: folders recursively (<c>*.yaml</c>, <c>*.yml</c>, <c>*.json</c>), hidden folders skipped.</summary>
internal static class InputResolver
{
    public const string StandardInputPath = "<stdin>";

    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    public static IReadOnlyList<InputFile> Resolve(IReadOnlyList<string> paths, string workingDirectory, IReadOnlyList<string> exclude) =>
        Resolve(paths, workingDirectory, [new PathFilter(exclude, workingDirectory)], null);

    /// <summary>Expands <paramref name="paths"/>; a path matching any of <paramref name="exclude"/> is skipped, and when
    /// <paramref name="include"/> has patterns, a file found by walking a folder must match one of them (files named
    /// explicitly are always taken).</summary>
    /// <remarks>A walk skips <c>bin/</c>, <c>obj/</c> and <c>node_modules/</c> folders and what the <c>.gitignore</c>s
    /// of the repository ignore (<see cref="IgnoreFile"/>), unless <paramref name="useIgnoreFiles"/> is false (<c>--no-ignore</c>).</remarks>
    public static IReadOnlyList<InputFile> Resolve(IReadOnlyList<string> paths, string workingDirectory, IReadOnlyList<PathFilter> exclude, PathFilter? include, bool useIgnoreFiles = true)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                if (files.Exists(f => f.IsStandardInput))
                {
                    throw new InputException("standard input ('-') may be named only once");
                }

                files.Add(new InputFile(StandardInputPath, Path.Combine(workingDirectory, StandardInputPath), true));
                continue;
            }

            var full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                // A file named explicitly is linted whatever its extension.
                Add(full, fromWalk: false);
            }
            else if (Directory.Exists(full))
            {
                var charts = new List<string>();
                var unlisted = new List<string>();
                foreach (var file in Walk(full, useIgnoreFiles, charts, unlisted))
                {
                    if (include is null || include.IsEmpty || include.Matches(file))
                    {
                        Add(file, fromWalk: true);
                    }
                }

                foreach (var chart in charts)
                {
                    Add(chart, fromWalk: true, helmChart: true);
                }

                foreach (var folder in unlisted)
                {
                    Add(folder, fromWalk: true, problem: "cannot list this folder's files: permission denied, or it was removed during the walk");
                }
            }
            else
            {
                throw new InputException($"path not found: {path}");
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return files;

        void Add(string full, bool fromWalk, bool helmChart = false, string? problem = null)
        {
            var display = DisplayPath(full, workingDirectory);
            if (exclude.Any(f => f.Matches(full)) || !seen.Add(full))
            {
                return;
            }

            files.Add(new InputFile(display, full, FromWalk: fromWalk, IsHelmChart: helmChart, Problem: problem));
        }
    }

    /// <summary>Relative to the working folder when under it, with <c>/</c> separators; else absolute.</summary>
    public static string DisplayPath(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? fullPath
            : relative.Replace('\\', '/');
    }

    /// <summary>Folders that hold build output or packages, never manifests to lint: skipped by every walk
    /// unless <c>--no-ignore</c>.</summary>
    private static readonly string[] BuildFolders = ["bin", "obj", "node_modules"];

    /// <summary>A folder still to walk, the ignore files that apply in it, and <see cref="RealPath"/>, where it is
    /// with symbolic links followed.</summary>
    private sealed record PendingFolder(string Folder, IgnoreFile[] Ignores, string RealPath);

    /// <summary>Files to lint below <paramref name="root"/>. A Helm chart folder is not walked: its <c>Chart.yaml</c>
    /// goes to <paramref name="charts"/> instead; a folder that cannot be listed goes to <paramref name="unlisted"/>, and the walk goes on.</summary>
    private static IEnumerable<string> Walk(string root, bool useIgnoreFiles, List<string> charts, List<string> unlisted)
    {
        // Folders are visited once by where they really are: a link to '.' or '..' would otherwise make the walk
        // endless, and a link to a sibling would lint its files twice.
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var links = new Stack<PendingFolder>(); // walked after every plain folder, so a file is shown under its own path
        var pending = new Stack<PendingFolder>();
        pending.Push(new PendingFolder(root, useIgnoreFiles ? ParentIgnoreFiles(root) : [], RealPath(root, null)));
        while (pending.Count > 0 || links.Count > 0)
        {
            var (dir, ignores, real) = pending.Count > 0 ? pending.Pop() : links.Pop();
            if (!visited.Add(real))
            {
                continue;
            }

            List<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(dir).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unlisted.Add(dir);
                continue;
            }

            if (HelmChartFile(dir, entries) is { } chart)
            {
                charts.Add(chart);
                continue;
            }

            // A repository's root: its info/exclude ranks below the .gitignores, so it goes first.
            if (useIgnoreFiles && entries.Exists(e => Path.GetFileName(e) == ".git") && IgnoreFile.ReadExclude(dir) is { } exclude)
            {
                ignores = [.. ignores, exclude];
            }

            if (useIgnoreFiles && entries.Exists(e => Path.GetFileName(e) == ".gitignore") && IgnoreFile.Read(dir) is { } own)
            {
                ignores = [.. ignores, own];
            }

            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (Directory.Exists(entry))
                {
                    if (!name.StartsWith('.')
                        && !(useIgnoreFiles && (Array.IndexOf(BuildFolders, name) >= 0 || IsIgnored(ignores, entry, isFolder: true))))
                    {
                        var child = new PendingFolder(entry, ignores, RealPath(entry, real));
                        if (new DirectoryInfo(entry).LinkTarget is not null)
                        {
                            links.Push(child);
                        }
                        else
                        {
                            pending.Push(child);
                        }
                    }
                }
                else if ((Extensions.Any(ext => name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) || name == "Kustomization") && !name.StartsWith('.')
                    && !IsIgnored(ignores, entry, isFolder: false))
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>Where a folder really is: a symbolic link's final target, else its name under its parent's real path
    /// (<paramref name="parentReal"/>; null for the walk's root, whose own parents are resolved too).</summary>
    private static string RealPath(string folder, string? parentReal)
    {
        try
        {
            if (Directory.ResolveLinkTarget(folder, returnFinalTarget: true) is { } target)
            {
                return RealPath(Path.GetFullPath(target.FullName), null);
            }
        }
        catch (IOException)
        {
            return Path.GetFullPath(folder); // a link that cannot be followed: Directory.Exists said no already
        }

        if (parentReal is not null)
        {
            return Path.Combine(parentReal, Path.GetFileName(folder));
        }

        var full = Path.GetFullPath(folder);
        var parent = Path.GetDirectoryName(full);
        return parent is null ? full : Path.Combine(RealPath(parent, null), Path.GetFileName(full));
    }

    /// <summary>A folder holding <c>Chart.yaml</c> beside a <c>templates/</c> folder is a Helm chart (Helm's
    /// helm/helm pkg/chartutil/chartfile.go, <c>IsChartDir</c>, asks for the Chart.yaml; the templates are what make
    /// its YAML no plain manifests): its Chart.yaml, else null.</summary>
    private static string? HelmChartFile(string dir, List<string> entries)
    {
        var chart = Path.Combine(dir, "Chart.yaml");
        return entries.Contains(chart) && File.Exists(chart) && Directory.Exists(Path.Combine(dir, "templates")) ? chart : null;
    }

    /// <summary>The deepest <c>.gitignore</c> with a matching line decides, as in git.</summary>
    private static bool IsIgnored(IgnoreFile[] ignores, string entry, bool isFolder)
    {
        for (var i = ignores.Length - 1; i >= 0; i--)
        {
            var relative = Path.GetRelativePath(ignores[i].Folder, entry).Replace('\\', '/').Split('/');
            if (ignores[i].Match(relative, isFolder) is { } ignored)
            {
                return ignored;
            }
        }

        return false;
    }

    /// <summary>The <c>.gitignore</c>s of the folders above <paramref name="root"/> up to the repository's root (the
    /// folder holding <c>.git</c>), and that root's <c>info/exclude</c>, outermost first; none when <paramref name="root"/> is in no repository or is its root.</summary>
    private static IgnoreFile[] ParentIgnoreFiles(string root)
    {
        var found = new List<IgnoreFile>();
        if (Path.Exists(Path.Combine(root, ".git")))
        {
            return []; // The walk starts at the repository's root.
        }

        for (var dir = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, ".gitignore")) && IgnoreFile.Read(dir) is { } ignore)
            {
                found.Add(ignore);
            }

            if (Path.Exists(Path.Combine(dir, ".git")))
            {
                if (IgnoreFile.ReadExclude(dir) is { } exclude)
                {
                    found.Add(exclude);
                }

                found.Reverse();
                return [.. found];
            }
        }

        return [];
    }
}
