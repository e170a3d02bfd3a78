using KubeLint.Core.Cluster;
using KubeLint.Core.Engine;

namespace KubeLint.Core.Tests.Infrastructure;

/// <summary>A run of every built-in rule (as <see cref="EngineRun"/>), with cluster facts: <c>--cluster-config</c> files and
/// flags. Markup may sit in any file, cluster files included, since findings about a cluster fact
/// point at the fact.</summary>
internal static class ClusterVerifier
{
    public sealed record Setup
    {
        public (string Path, string Markup)[] Inputs { get; init; } = [];

        public (string Path, string Markup)[] ClusterFiles { get; init; } = [];

        public string? Config { get; init; }

        public Dictionary<string, string> Flags { get; init; } = [];
    }

    public static void Verify(string[] ruleIds, Setup setup)
    {
        using var folder = new TempFolder();
        var expected = new List<string>();
        foreach (var (path, markup) in setup.Inputs.Concat(setup.ClusterFiles))
        {
            var (text, spans) = Markup.Parse(markup);
            folder.Write(path, text);
            expected.AddRange(spans.Select(s => $"{s.RuleId ?? ruleIds[0]} {path}({s.Span.Start.Line},{s.Span.Start.Column},{s.Span.End.Line},{s.Span.End.Column})"));
        }

        if (setup.Config is not null)
        {
            var (text, spans) = Markup.Parse(setup.Config);
            setup = setup with { Config = text };
            expected.AddRange(spans.Select(s => $"{s.RuleId ?? ruleIds[0]} .kubelint.yaml({s.Span.Start.Line},{s.Span.Start.Column},{s.Span.End.Line},{s.Span.End.Column})"));
        }

        var result = Lint(folder, setup with { ClusterFiles = setup.ClusterFiles.Select(f => (f.Path, Markup.Parse(f.Markup).Text)).ToArray() }, writeFiles: false);
        var actual = result.Diagnostics
            .Where(d => ruleIds.Contains(d.Id))
            .Select(d => $"{d.Id} {d.Location.Path}({d.Location.Start.Line},{d.Location.Start.Column},{d.Location.End.Line},{d.Location.End.Column})")
            .ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    /// <summary>Writes the files (unless already written) and lints the inputs with the cluster facts.</summary>
    public static LintResult Lint(TempFolder folder, Setup setup, bool writeFiles = true)
    {
        if (writeFiles)
        {
            foreach (var (path, text) in setup.Inputs.Concat(setup.ClusterFiles))
            {
                folder.Write(path, text);
            }
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
