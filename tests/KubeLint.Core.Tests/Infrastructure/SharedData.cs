namespace KubeLint.Core.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder with KubeLint.sln) and <c>../shared</c> beside it.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> RepoRootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KubeLint.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    });

    private static readonly Lazy<string?> SharedLazy = new(() =>
    {
        if (RepoRoot is null)
        {
            return null;
        }

        // ../shared beside the clone; a git worktree nested one level deeper finds it further up.
        for (var dir = Directory.GetParent(RepoRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "kubernetes-openapi")))
            {
                return candidate;
            }
        }

        return null;
    });

    public static string RepoRoot => RepoRootLazy.Value ?? throw new InvalidOperationException("KubeLint.sln not found above the test assembly");

    /// <summary>The shared data folder, or null when it is absent (tests that need it are skipped).</summary>
    public static string? Shared => SharedLazy.Value;

    public const string MissingMessage = "../shared (kubernetes-openapi, corpora) is not beside the repository";
}

/// <summary>A fact that is skipped, with a clear message, when <c>../shared</c> is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Shared is null)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}
