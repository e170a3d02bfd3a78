namespace KubeLint.Integration.Tests;

/// <summary>A project in a temporary folder that uses KubeLint.MSBuild from the test feed.</summary>
public sealed class Consumer : IDisposable
{
    private readonly PackageFeedFixture _feed;

    public Consumer(PackageFeedFixture feed, string extraProjectContent = "")
    {
        _feed = feed;
        feed.EnsurePacked();
        Folder = Path.Combine(feed.Root, "consumers", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);

        // Our package only from the test feed; anything else from the usual source.
        Write("NuGet.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="kubelint-test-feed" value="{feed.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="kubelint-test-feed">
                  <package pattern="KubeLint.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        // An empty Directory.Build.props/targets stops MSBuild from importing any above the temp folder.
        Write("Directory.Build.props", "<Project />");
        Write("Directory.Build.targets", "<Project />");
        Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KubeLint.MSBuild" Version="{PackageFeedFixture.Version}" PrivateAssets="all" />
                <KubeLintManifest Include="deploy/**/*.yaml" />
              </ItemGroup>
              {extraProjectContent}
            </Project>
            """);
    }

    public string Folder { get; }

    public string IntermediatePath => Path.Combine(Folder, "obj", "Debug", "net10.0");

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary><c>dotnet build</c> at normal verbosity (which shows skipped targets) with the given properties.</summary>
    public ProcessRunner.Outcome Build(params string[] properties) => BuildAt("n", properties);

    /// <summary><c>dotnet build</c> at the given verbosity (<c>n</c>, <c>d</c>) with the given properties.</summary>
    public ProcessRunner.Outcome BuildAt(string verbosity, params string[] properties) =>
        ProcessRunner.Run(
            "dotnet",
            ["build", "Consumer.csproj", "-nodeReuse:false", "-v:" + verbosity, "-clp:NoSummary", .. properties.Select(p => "-p:" + p)],
            Folder,
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = _feed.Packages });

    /// <summary>Every distinct error a build logged, as MSBuild prints it, without the node prefix (<c>1&gt;</c>) and the
    /// trailing <c>[project]</c>, and with this consumer's folder shortened to <c>.</c>.</summary>
    public IReadOnlyList<string> Errors(ProcessRunner.Outcome build) =>
        build.Output.Split('\n')
            .Select(line => ErrorLine.Match(line.TrimEnd('\r')))
            .Where(match => match.Success)
            .Select(match => match.Groups["error"].Value.Replace(Folder, ".", StringComparison.Ordinal))
            .Distinct()
            .ToList();

    private static readonly System.Text.RegularExpressions.Regex ErrorLine = new(@"^\s*(\d+>)?(?<error>\S.*?: error( [A-Za-z]+[0-9]+)?: .*?)(\s+\[[^\]]+\])?$");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
