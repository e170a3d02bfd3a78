namespace KubeLint.Core.Tests.Rules.CrossObject;

/// <summary>The repository root, the shared data beside it and the article's samples, for the cross-object tests.</summary>
internal static class CrossObjectTestData
{
    public static readonly string RepositoryRoot = Infrastructure.RepoPaths.Root;

    /// <summary><c>../shared</c> next to the repository, or null when this checkout has none.</summary>
    public static readonly string? SharedRoot = Infrastructure.RepoPaths.Shared;

    public static string Sample(string name) => File.ReadAllText(Path.Combine(RepositoryRoot, "samples", "article", name));
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
