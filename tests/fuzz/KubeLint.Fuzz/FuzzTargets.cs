using KubeLint.Core.Cluster;
using KubeLint.Core.Configuration;
using KubeLint.Core.Engine;
using KubeLint.Core.Loading;

namespace KubeLint.Fuzz;

/// <summary>What each target feeds one input to. A target throws only for a bug of ours: an exception escaping,
/// or a KL0001 message that is not in our words. What the readers refuse in our words (a configuration error) is fine.</summary>
internal static class FuzzTargets
{
    public static readonly string[] Names = ["loader", "config", "cluster"];

    public static Action<byte[]>? Find(string name) => name switch
    {
        "loader" => Loader,
        "config" => Config,
        "cluster" => Cluster,
        _ => null,
    };

    /// <summary>The manifest loader, on bytes as a file would give them.</summary>
    private static void Loader(byte[] bytes)
    {
        var file = new ManifestLoader().LoadBytes("input.yaml", "/input.yaml", bytes);
        foreach (var problem in file.Problems)
        {
            if (problem.Span.Start.Line < 1 || problem.Span.Start.Column < 1)
            {
                throw new FuzzFinding($"a problem without a position: {problem.Message}");
            }

            OurWords(problem.Message);
        }
    }

    /// <summary>The <c>.kubelint.yaml</c> reader.</summary>
    private static void Config(byte[] bytes) => WithFile(".kubelint.yaml", bytes, (folder, path) =>
    {
        try
        {
            KubeLintConfigLoader.Load(path, ".kubelint.yaml");
        }
        catch (ConfigurationException refused)
        {
            OurWords(refused.Message);
        }
    });

    /// <summary>The cluster-file readers (environment files, systemd units, kubeadm and kubelet configurations, static pods),
    /// as <c>--cluster-config</c> gives them a file.</summary>
    private static void Cluster(byte[] bytes) => WithFile("cluster.conf", bytes, (folder, path) =>
    {
        var result = new LintEngine().Run(new LintOptions
        {
            Paths = ["-"],
            OpenStandardInput = () => new MemoryStream(),
            WorkingDirectory = folder,
            UseBuiltInAnalyzers = false,
            CustomRules = false,
            Properties = new Dictionary<string, string> { [ClusterProperties.ConfigFiles] = path },
        });
        // The engine's workspace stage builds the profile whatever rules run; its issues are the readers' words.
        foreach (var issue in result.ConfigurationIssues)
        {
            OurWords(issue.Message);
        }
    });

    private static void WithFile(string name, byte[] bytes, Action<string, string> read)
    {
        var folder = Directory.CreateTempSubdirectory("kubelint-fuzz-").FullName;
        try
        {
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);
            read(folder, path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void OurWords(string message)
    {
        foreach (var foreign in (string[])["Exception", "YamlDotNet", "While ", "while scanning", "while parsing"])
        {
            if (message.Contains(foreign, StringComparison.Ordinal))
            {
                throw new FuzzFinding($"'{foreign}' in a message: {message}");
            }
        }
    }
}

/// <summary>A bug the harness found (beside any exception that escapes a target).</summary>
internal sealed class FuzzFinding(string message) : Exception(message);
