namespace KubeLint.Core.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder with KubeLint.sln) and the shared data beside it.</summary>
public static class SharedData
{
    public static string RepositoryRoot => RepoPaths.Root;

    /// <summary><c>../shared</c> from the repository root (as on CI), else a <c>shared/</c> beside a
    /// folder further up (a git worktree nested one level deeper); null when there is none.</summary>
    public static string? Folder => RepoPaths.Shared;

    public static string MissingMessage => $"../shared is not beside the repository ({RepositoryRoot}); clone the repository next to shared/ to run this test";

    /// <summary>A path under <c>../shared</c> (tests that use it are marked <see cref="SharedDataFactAttribute"/>).</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Folder ?? throw new InvalidOperationException(MissingMessage), relative);
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
