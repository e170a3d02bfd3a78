namespace KubeLint.Integration.Tests;

/// <summary>The checkout under test: the folder holding KubeLint.sln above the test assembly.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = AppContext.BaseDirectory; folder is not null; folder = System.IO.Path.GetDirectoryName(folder))
        {
            if (File.Exists(System.IO.Path.Combine(folder, "KubeLint.sln")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("KubeLint.sln not found above " + AppContext.BaseDirectory);
    }
}
