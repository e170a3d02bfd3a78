namespace KubeLint.Core.Tests.Infrastructure;

/// <summary>The repository root (the folder holding KubeLint.sln) and the shared data beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared</c> from the repo root, as CI lays it out, else a <c>shared/</c> beside a folder further
    /// up (a git worktree nested deeper); null when there is none.</summary>
    public static string? Shared { get; } = FindShared();

    public static string Sample(string relative) => Path.Combine(Root, "samples", relative);

    private static string? FindShared()
    {
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus")))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KubeLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KubeLint.sln not found above the test assembly");
    }
}

/// <summary>A fact that reads <c>../shared</c>: skipped, with the reason, when it is absent.</summary>
public sealed class NeedsSharedFactAttribute : FactAttribute
{
    public NeedsSharedFactAttribute()
    {
        if (RepoPaths.Shared is null)
        {
            Skip = $"../shared is not beside the repository ({RepoPaths.Root}); this test reads the corpus there";
        }
    }
}
