using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace KubeLint.Integration.Tests;

/// <summary>
/// The README's "Installing" block, run verbatim in a clone of HEAD: <c>dotnet pack</c> into <c>./artifacts</c>,
/// <c>dotnet tool install --global</c> from that folder (HOME and DOTNET_CLI_HOME in a temporary folder, so the
/// machine's own tools are untouched), then <c>kubelint samples/</c>. The installed tool is this platform's
/// ReadyToRun build (what makes its start as quick as the published one's).
/// </summary>
public sealed class InstalledToolTests
{
    [BashFact]
    public void The_README_install_block_installs_a_ReadyToRun_kubelint_that_lints_the_samples()
    {
        var root = Path.Combine(Path.GetTempPath(), "kubelint-install", Guid.NewGuid().ToString("N"));
        var repo = Path.Combine(root, "repo");
        var home = Path.Combine(root, "home");
        Directory.CreateDirectory(home);
        try
        {
            var clone = ProcessRunner.Run("git", ["clone", "--quiet", RepositoryRoot.Path, repo], Path.GetTempPath());
            Assert.True(clone.ExitCode == 0, clone.ToString());

            var block = Regex.Match(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")), @"## Installing\n.*?```sh\n(?<body>.*?)```", RegexOptions.Singleline);
            Assert.True(block.Success, "README.md has no sh block under \"## Installing\"");
            var commands = block.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal(
                ["dotnet pack src/KubeLint.Cli -c Release -o ./artifacts", "dotnet tool install --global KubeLint --add-source ./artifacts", "kubelint samples/"],
                commands);

            var env = new Dictionary<string, string?>
            {
                ["HOME"] = home,
                ["DOTNET_CLI_HOME"] = home,
                ["PATH"] = Path.Combine(home, ".dotnet", "tools") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),

                // The machine's package cache, so that only KubeLint itself is new.
                ["NUGET_PACKAGES"] = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
                    ? packages
                    : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
                ["KUBELINT_CACHE_DIR"] = Path.Combine(root, "kubelint-cache"),
            };
            var outcomes = commands.Select(command => ProcessRunner.Run("bash", ["-c", command], repo, env, TimeSpan.FromMinutes(10))).ToList();
            Assert.True(outcomes[0].ExitCode == 0, outcomes[0].ToString());
            Assert.Equal(["KubeLint.0.1.0.nupkg"], Directory.GetFiles(Path.Combine(repo, "artifacts")).Select(Path.GetFileName));
            Assert.True(outcomes[1].ExitCode == 0, outcomes[1].ToString());
            Assert.Contains("Tool 'kubelint' (version '0.1.0') was successfully installed.", outcomes[1].Output);

            // Exit code 1: the samples hold problems on purpose.
            Assert.True(outcomes[2].ExitCode == 1, outcomes[2].ToString());
            Assert.Contains("samples/article/kube-dns.yaml:43:13: error KL1006: extensions/v1beta1 Deployment was removed in 1.16", outcomes[2].Output);

            var rid = (OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" + System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
            var installed = Directory.GetFiles(Path.Combine(home, ".dotnet", "tools", ".store"), "*.dll", SearchOption.AllDirectories)
                .Where(f => f.Replace('\\', '/').Contains($"/tools/net10.0/{rid}/", StringComparison.Ordinal))
                .ToList();
            Assert.Contains(installed, f => Path.GetFileName(f) == "kubelint.dll");
            Assert.True(IsReadyToRun(installed.Single(f => Path.GetFileName(f) == "kubelint.dll")), "kubelint.dll holds no ReadyToRun code");
            Assert.True(IsReadyToRun(installed.Single(f => Path.GetFileName(f) == "KubeLint.Core.dll")), "KubeLint.Core.dll holds no ReadyToRun code");
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>A ReadyToRun image is an IL assembly whose CLI header points at a managed native header.</summary>
    private static bool IsReadyToRun(string path)
    {
        using var reader = new PEReader(File.OpenRead(path));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
