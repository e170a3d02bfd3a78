namespace KubeLint.Core.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder with KubeLint.sln) and the shared data beside it.</summary>
public static class SharedData
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary><c>../shared</c> from the repository root (as on CI), else a <c>shared/</c> beside a
    /// folder further up (a git worktree nested one level deeper); null when there is none.</summary>
    public static string? Folder { get; } = FindShared();

    public static string MissingMessage => $"../shared is not beside the repository ({RepositoryRoot}); clone the repository next to shared/ to run this test";

    /// <summary>A path under <c>../shared</c> (tests that use it are marked <see cref="SharedDataFactAttribute"/>).</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Folder ?? throw new InvalidOperationException(MissingMessage), relative);

    private static string? FindShared()
    {
        for (var dir = Directory.GetParent(RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "corpus")))
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
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "KubeLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"KubeLint.sln not found above {AppContext.BaseDirectory}");
    }
}

/// <summary>A fact that needs <c>../shared</c>: skipped, with the reason, when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Folder is null)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}

/// <summary>A theory that needs <c>../shared</c>: skipped, with the reason, when it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Folder is null)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}
