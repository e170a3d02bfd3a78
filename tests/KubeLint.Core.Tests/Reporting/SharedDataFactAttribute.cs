namespace KubeLint.Core.Tests.Reporting;

/// <summary>A fact that needs <c>../shared/</c> beside the repository: skipped, saying why, when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (SharedData.Find(relativePath) is null)
        {
            Skip = $"../shared/{relativePath} is not beside the repository (KubeLint.sln's folder); this test needs it";
        }
    }
}

public static class SharedData
{
    /// <summary>The full path of a file under <c>../shared/</c>, or null when it is absent.</summary>
    public static string? Find(string relativePath) =>
        Infrastructure.RepoPaths.Shared is { } shared && File.Exists(Path.Combine(shared, relativePath)) ? Path.Combine(shared, relativePath) : null;
}
