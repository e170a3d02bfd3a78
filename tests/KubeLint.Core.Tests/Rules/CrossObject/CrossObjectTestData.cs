namespace KubeLint.Core.Tests.Rules.CrossObject;

/// <summary>Finds the repository root (the folder with KubeLint.sln) and the shared data beside it.</summary>
internal static class CrossObjectTestData
{
    public static readonly string RepositoryRoot = FindRoot();

    /// <summary><c>../shared</c> next to the repository, or null when this checkout has none.</summary>
    public static readonly string? SharedRoot = Directory.Exists(Path.Combine(RepositoryRoot, "..", "shared"))
        ? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"))
        : null;

    public static string Sample(string name) => File.ReadAllText(Path.Combine(RepositoryRoot, "samples", "article", name));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KubeLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"KubeLint.sln not found above {AppContext.BaseDirectory}");
    }
}

/// <summary>A fact that needs <c>../shared</c>; skipped, saying so, where it is absent.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (CrossObjectTestData.SharedRoot is null)
        {
            Skip = "../shared (the project's shared data) is not beside this checkout";
        }
    }
}
