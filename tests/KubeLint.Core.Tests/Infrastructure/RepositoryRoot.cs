namespace KubeLint.Core.Tests.Infrastructure;

/// <summary>The checkout's root (the folder with KubeLint.sln), found from the test assembly.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "KubeLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KubeLint.sln not found above " + AppContext.BaseDirectory);
    }
}
