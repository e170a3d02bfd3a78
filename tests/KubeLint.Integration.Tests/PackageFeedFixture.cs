using System.IO.Compression;

namespace KubeLint.Integration.Tests;

/// <summary>
/// Packs KubeLint.MSBuild once for all MSBuild tests into a temporary folder feed, and gives the
/// consumers a private NuGet package folder (so a package cached by an earlier run is never used).
/// It packs in the configuration the tests were built in, so that `dotnet test` has already
/// built everything the package needs and packing costs seconds, not a second full build.
/// </summary>
public sealed class PackageFeedFixture : IDisposable
{
    public const string Version = "0.1.0";

    public PackageFeedFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "kubelint-integration", Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);

        var project = Path.Combine(RepositoryRoot.Path, "src", "KubeLint.MSBuild", "KubeLint.MSBuild.csproj");
        Pack = ProcessRunner.Run(
            "dotnet",
            ["pack", project, "-c", Configuration, "-p:IsPackable=true", "-o", Feed, "-nodeReuse:false"],
            RepositoryRoot.Path,
            timeout: TimeSpan.FromMinutes(8));
        PackagePath = Path.Combine(Feed, $"KubeLint.MSBuild.{Version}.nupkg");
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public string Root { get; }

    public string Feed { get; }

    /// <summary>NUGET_PACKAGES for consumer builds.</summary>
    public string Packages { get; }

    public ProcessRunner.Outcome Pack { get; }

    public string PackagePath { get; }

    public void EnsurePacked() => Assert.True(Pack.ExitCode == 0 && File.Exists(PackagePath), $"dotnet pack failed: {Pack}");

    public IReadOnlyList<string> PackageEntries()
    {
        EnsurePacked();
        using var zip = ZipFile.OpenRead(PackagePath);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeedFixture>
{
    public const string Name = "KubeLint.MSBuild package feed";
}
