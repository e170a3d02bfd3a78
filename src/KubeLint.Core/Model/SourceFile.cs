using KubeLint.Core.Loading;
using KubeLint.Core.Suppression;
using KubeLint.Core.Text;

namespace KubeLint.Core.Model;

/// <summary>One input file (or standard input) after loading.</summary>
public sealed class SourceFile
{
    internal SourceFile(string path, string fullPath)
    {
        Path = path;
        FullPath = fullPath;
    }

    /// <summary>The path as shown to the user: relative to the current folder when under it.</summary>
    public string Path { get; }

    /// <summary>The absolute path, used for configuration lookup; <c>&lt;stdin&gt;</c> for standard input.</summary>
    public string FullPath { get; }

    /// <summary>The decoded text; null when the file could not be decoded.</summary>
    public SourceText? Text { get; internal set; }

    /// <summary>The file's YAML documents, in order.</summary>
    public IReadOnlyList<SourceDocument> Documents => DocumentList;

    /// <summary>The loader's and the kustomize stage's writable view of <see cref="Documents"/>.</summary>
    internal List<SourceDocument> DocumentList { get; } = [];

    /// <summary>The <c>Chart.yaml</c> of a Helm chart folder a walk met: the chart's files are not linted (KL0006).</summary>
    public bool IsHelmChart { get; internal set; }

    /// <summary>What building this kustomization could not do (KL0007, KL0008); null for every other file.</summary>
    internal List<Kustomize.KustomizeNote>? KustomizeNotes { get; set; }

    /// <summary>What stopped the file from loading whole (reported as KL0001).</summary>
    public IReadOnlyList<LoadProblem> Problems => ProblemList;

    /// <summary>The writable view of <see cref="Problems"/>.</summary>
    internal List<LoadProblem> ProblemList { get; } = [];

    internal List<DuplicateKey> DuplicateKeys { get; } = [];

    internal SuppressionMap Suppressions { get; set; } = SuppressionMap.Empty;

    public override string ToString() => Path;
}
