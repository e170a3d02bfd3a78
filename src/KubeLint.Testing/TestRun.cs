using KubeLint.Core.Analysis;
using KubeLint.Core.Cluster;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;

namespace KubeLint.Testing;

/// <summary>A test's files, stripped of markup, in a temporary folder, and the engine options that lint
/// them with the analyzer under test (and the test's additional ones): no built-in rules, no custom rules from the folder.</summary>
internal sealed class TestRun : IDisposable
{
    public const string ConfigurationFile = ".kubelint.yaml";

    private TestRun(string folder, LintOptions options, List<(string Path, List<TestMarkup.Span> Spans)> markup)
    {
        Folder = folder;
        Options = options;
        Markup = markup;
    }

    public string Folder { get; }

    public LintOptions Options { get; }

    /// <summary>The marked spans of every file, sources first, then cluster files, additional files and the configuration.</summary>
    public List<(string Path, List<TestMarkup.Span> Spans)> Markup { get; }

    public static TestRun Create(AnalyzerTest test, KubeAnalyzer analyzer)
    {
        if (test.Sources.Count == 0)
        {
            throw new VerificationException("The test has no source file.");
        }

        var folder = Path.Combine(Path.GetTempPath(), "kubelint-testing-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var markup = new List<(string, List<TestMarkup.Span>)>();
        var files = test.Sources.Concat(test.ClusterFiles).Concat(test.AdditionalFiles).ToList();
        if (test.Configuration is not null)
        {
            files.Add((ConfigurationFile, test.Configuration));
        }

        foreach (var (path, text) in files)
        {
            var (plain, spans) = TestMarkup.Parse(text);
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, SourceEncoding.Encode(test, path, plain));
            markup.Add((path, spans));
        }

        var properties = new Dictionary<string, string>(test.Properties);
        foreach (var (fact, value) in test.ClusterFacts)
        {
            properties[ClusterProperties.For(fact)] = value;
        }

        if (test.ClusterFiles.Count > 0)
        {
            properties[ClusterProperties.ConfigFiles] = string.Join('\n', test.ClusterFiles.Select(f => f.Path));
        }

        var options = new LintOptions
        {
            Paths = [.. test.Sources.Select(s => s.Path)],
            WorkingDirectory = folder,
            TargetVersion = test.TargetVersion,
            Complete = test.Complete,
            Namespace = test.Namespace,
            Properties = properties,
            UseBuiltInAnalyzers = false,
            AdditionalAnalyzers = [analyzer, .. test.AdditionalAnalyzers],
            CustomRules = false,

            // The analyzer of configuration issues checks rule references against every built-in rule, as in a real run.
            AlsoKnownRules = ReportsConfigurationIssues(analyzer, test) ? BuiltInRules() : [],
        };
        return new TestRun(folder, options, markup);
    }

    /// <summary>Whether the test runs the analyzer whose findings the run's configuration issues are (KL9001).</summary>
    public static bool ReportsConfigurationIssues(KubeAnalyzer analyzer, AnalyzerTest test) =>
        AnalysisStage.ReportsConfigurationIssues(analyzer) || test.AdditionalAnalyzers.Exists(AnalysisStage.ReportsConfigurationIssues);

    private static List<DiagnosticDescriptor> BuiltInRules() =>
        [.. AnalyzerCatalog.CreateBuiltIns().SelectMany(a => a.SupportedDiagnostics)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; failing the test for it would hide its result.
        }
    }
}
