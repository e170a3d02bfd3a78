namespace KubeLint.Core.CustomRules;

/// <summary>
/// Where compiled custom rules are kept between runs. The cache only saves the compile: when no folder
/// can be written, the assembly is loaded from memory and the run goes on. Never a relative path, so a
/// user without a home folder (Debian's <c>nobody</c>, many CI containers) gets no <c>.cache/</c> inside
/// the linted repository.
/// </summary>
internal static class CustomRuleCache
{
    /// <summary>The folders to try, best first: the configured one, <c>$XDG_CACHE_HOME</c>, the home folder's
    /// cache, then a folder of this user's own under the system temp folder.</summary>
    public static IEnumerable<string> Candidates(string? configured)
    {
        var explicitFolder = configured ?? Environment.GetEnvironmentVariable(CustomRuleLoader.CacheVariable);
        if (!string.IsNullOrEmpty(explicitFolder))
        {
            yield return Path.GetFullPath(explicitFolder);
            yield break; // a folder the user chose is the only one used
        }

        if (Rooted(Environment.GetEnvironmentVariable("XDG_CACHE_HOME")) is { } xdg)
        {
            yield return Path.Combine(xdg, "kubelint", "custom-rules");
        }

        var home = OperatingSystem.IsWindows()
            ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (Rooted(home) is { } rootedHome && Directory.Exists(rootedHome))
        {
            yield return OperatingSystem.IsWindows()
                ? Path.Combine(rootedHome, "kubelint", "custom-rules")
                : Path.Combine(rootedHome, ".cache", "kubelint", "custom-rules");
        }

        yield return Path.Combine(Path.GetTempPath(), $"kubelint-{Environment.UserName}", "custom-rules");
    }

    /// <summary>Writes <paramref name="bytes"/> as <paramref name="fileName"/> in the first folder that takes it, or
    /// returns null when none does (the caller loads the assembly from memory).</summary>
    public static string? TryStore(IEnumerable<string> folders, string fileName, byte[] bytes)
    {
        foreach (var folder in folders)
        {
            try
            {
                if (!IsPrivate(folder))
                {
                    continue;
                }

                var path = Path.Combine(folder, fileName);
                var temp = $"{path}.{Environment.ProcessId}.tmp";
                File.WriteAllBytes(temp, bytes);
                File.Move(temp, path, overwrite: true);
                return path;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // not writable: try the next folder
            }
        }

        return null;
    }

    /// <summary>The first folder that already holds <paramref name="fileName"/>, or null.</summary>
    public static string? Find(IEnumerable<string> folders, string fileName)
    {
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, fileName);
            if (File.Exists(path) && IsPrivate(folder))
            {
                return path;
            }
        }

        return null;
    }

    private static string? Rooted(string? path) => !string.IsNullOrEmpty(path) && Path.IsPathRooted(path) ? path : null;

    /// <summary>Creates the folder (only its owner may enter it) and, on Unix, trusts a folder under the shared temp
    /// folder only when nobody else may write to it: an assembly planted there by another user would run as this one.</summary>
    private static bool IsPrivate(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return true;
        }

        var owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        if (!Directory.Exists(folder))
        {
            var parent = Path.GetDirectoryName(folder);
            if (parent is not null && !Directory.Exists(parent))
            {
                Directory.CreateDirectory(parent, owner);
            }

            Directory.CreateDirectory(folder, owner);
        }

        if (!folder.StartsWith(Path.GetTempPath(), StringComparison.Ordinal))
        {
            return true;
        }

        var shared = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        var parentFolder = Path.GetDirectoryName(folder)!;
        return (File.GetUnixFileMode(folder) & shared) == 0 && (File.GetUnixFileMode(parentFolder) & shared) == 0;
    }
}
