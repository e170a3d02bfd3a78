namespace KubeLint.Core.Engine;

/// <summary>One input to load: its display path and full path (or standard input).</summary>
public sealed record InputFile(string DisplayPath, string FullPath, bool IsStandardInput = false);

/// <summary>Expands paths into manifest files: folders recursively (<c>*.yaml</c>, <c>*.yml</c>, <c>*.json</c>), hidden folders skipped.</summary>
public static class InputResolver
{
    public const string StandardInputPath = "<stdin>";

    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    public static IReadOnlyList<InputFile> Resolve(IReadOnlyList<string> paths, string workingDirectory, IReadOnlyList<string> exclude)
    {
        var globs = exclude.Select(p => new Glob(p)).ToList();
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                files.Add(new InputFile(StandardInputPath, Path.Combine(workingDirectory, StandardInputPath), true));
                continue;
            }

            var full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                // A file named explicitly is linted whatever its extension.
                Add(full);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Walk(full))
                {
                    Add(file);
                }
            }
            else
            {
                throw new InputException($"path not found: {path}");
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return files;

        void Add(string full)
        {
            var display = DisplayPath(full, workingDirectory);
            if (globs.Any(g => g.IsMatch(display)) || !seen.Add(full))
            {
                return;
            }

            files.Add(new InputFile(display, full));
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

    private static IEnumerable<string> Walk(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(dir).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"cannot read folder {dir}: {e.Message}");
            }

            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (Directory.Exists(entry))
                {
                    if (!name.StartsWith('.'))
                    {
                        pending.Push(entry);
                    }
                }
                else if (Extensions.Any(ext => name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) && !name.StartsWith('.'))
                {
                    yield return entry;
                }
            }
        }
    }
}
