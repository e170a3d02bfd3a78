using KubeLint.Core.Analysis;
using KubeLint.Core.Model;

namespace KubeLint.Testing;

/// <summary>
/// Everything one verification needs beyond a single manifest: several files, the target version,
/// a <c>.kubelint.yaml</c>, <c>--complete</c>, cluster facts. Each text may carry markup.
/// </summary>
public sealed class AnalyzerTest
{
    /// <summary>The linted files, by path relative to the test's folder (<c>manifest.yaml</c>, <c>app/deploy.yaml</c>).</summary>
    public List<(string Path, string Markup)> Sources { get; } = [];

    /// <summary>Files written beside the sources but not linted (<c>.editorconfig</c>); markup allowed.</summary>
    public List<(string Path, string Markup)> AdditionalFiles { get; } = [];

    /// <summary>Findings expected beside those the markup names.</summary>
    public List<DiagnosticResult> ExpectedDiagnostics { get; } = [];

    public KubernetesVersion? TargetVersion { get; set; }

    /// <summary>The text of <c>.kubelint.yaml</c> beside the sources; it enables a rule that is off by default.</summary>
    public string? Configuration { get; set; }

    /// <summary><c>--complete</c>; null defers to the configuration.</summary>
    public bool? Complete { get; set; }

    /// <summary><c>--namespace</c>.</summary>
    public string? Namespace { get; set; }

    /// <summary><c>--cluster-config</c> files (kubeadm, kubelet configurations), written beside the sources.</summary>
    public List<(string Path, string Markup)> ClusterFiles { get; } = [];

    /// <summary>Cluster facts as <c>--cluster</c> flags give them, by fact name (<c>ClusterFacts.ServiceClusterIpRange</c>).</summary>
    public Dictionary<string, string> ClusterFacts { get; } = [];

    /// <summary>
    /// Analyzers run beside the one under test, as Roslyn's tests list several: for an input whose findings come
    /// from several analyzers. Their rules may be expected (by ID: <c>{|KL1014:…|}</c>, <c>Diagnostic("KL1014")</c>;
    /// <c>[|…|]</c> stays the rule of the analyzer under test), must be on, and their findings are held to the
    /// expected ones like its own.
    /// </summary>
    public List<KubeAnalyzer> AdditionalAnalyzers { get; } = [];

    /// <summary>Other command-line properties passed to analyzers, by full name.</summary>
    public Dictionary<string, string> Properties { get; } = [];

    /// <summary>The line break of every source file: "\n" (the default) or "\r\n". The sources and the texts a
    /// code-fix test expects after the fix are written with "\n" and made so; a fix must keep the file's breaks.</summary>
    public string NewLine { get; set; } = "\n";

    /// <summary>Source files start with a UTF-8 byte order mark, and must still after a fix.</summary>
    public bool Utf8Bom { get; set; }
}
