using KubeLint.Core.Cluster;
using KubeLint.Core.Engine;

namespace KubeLint.Core.Tests.Infrastructure;

/// <summary>A run of every built-in rule (as <see cref="EngineRun"/>), with cluster facts: <c>--cluster-config</c> files and
/// flags, for tests of the cluster profile. A rule's findings with cluster facts are tested with
/// <c>AnalyzerTest.ClusterFiles</c> and <c>ClusterFacts</c> of the type-bound verifier.</summary>
internal static class ClusterRun
{
    public sealed record Setup
    {
        public (string Path, string Markup)[] Inputs { get; init; } = [];

        public (string Path, string Markup)[] ClusterFiles { get; init; } = [];

        public string? Config { get; init; }

        public Dictionary<string, string> Flags { get; init; } = [];
    }

    /// <summary>Writes the files and lints the inputs with the cluster facts.</summary>
    public static LintResult Lint(TempFolder folder, Setup setup)
    {
        foreach (var (path, text) in setup.Inputs.Concat(setup.ClusterFiles))
        {
            folder.Write(path, text);
        }

        if (setup.Config is not null)
        {
            folder.Write(".kubelint.yaml", setup.Config);
        }

        var properties = new Dictionary<string, string>(setup.Flags.Select(f => KeyValuePair.Create(ClusterProperties.For(f.Key), f.Value)));
        if (setup.ClusterFiles.Length > 0)
        {
            properties[ClusterProperties.ConfigFiles] = string.Join('\n', setup.ClusterFiles.Select(f => f.Path));
        }

        return new LintEngine().Run(new LintOptions
        {
            Paths = setup.Inputs.Select(f => f.Path).ToArray(),
            WorkingDirectory = folder.Path,
            Properties = properties,
        });
    }

    public static ClusterProfile Profile(LintResult result) => result.Cluster;
}
