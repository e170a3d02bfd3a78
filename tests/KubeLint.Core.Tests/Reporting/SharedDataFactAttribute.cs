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
    /// <summary>The full path of a file under <c>../shared/</c>, found from the folder that holds KubeLint.sln.</summary>
    public static string? Find(string relativePath)
    {
        for (var folder = AppContext.BaseDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "KubeLint.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(folder, "..", "shared", relativePath));
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }
}
