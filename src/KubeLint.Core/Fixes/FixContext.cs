using KubeLint.Core.Analysis;
using KubeLint.Core.Cluster;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Text;

namespace KubeLint.Core.Fixes;

/// <summary>What a <see cref="CodeFixProvider"/> sees: one finding, the text of its file and the run it came from.</summary>
internal sealed class FixContext
{
    public FixContext(Diagnostic diagnostic, SourceFile file, SourceText text, AnalyzerOptions options, Workspace workspace, ClusterProfile cluster)
    {
        Cluster = cluster;
        Diagnostic = diagnostic;
        File = file;
        Text = text;
        Options = options;
        Workspace = workspace;
    }

    public Diagnostic Diagnostic { get; }

    public SourceFile File { get; }

    public SourceText Text { get; }

    public AnalyzerOptions Options { get; }

    public Workspace Workspace { get; }

    /// <summary>The object the finding is about, found from its <see cref="Diagnostic.Subject"/>: fixes run while the
    /// run's trees are kept, and read the tree the finding carries no reference to.</summary>
    public KubeObject? Object => Workspace.ObjectOf(Diagnostic.Subject);

    /// <summary>The run's cluster facts (computed by the lint that reported the finding).</summary>
    public ClusterProfile Cluster { get; }

    /// <summary>The character offset of a position of this file.</summary>
    public int OffsetOf(SourcePosition position) => SourceOffsets.Of(Text, position);

    /// <summary>The source text of a span.</summary>
    public string TextOf(SourceSpan span)
    {
        var (start, end) = (OffsetOf(span.Start), OffsetOf(span.End));
        return start <= end && end <= Text.Length ? Text.Slice(start, end - start).ToString() : string.Empty;
    }

    public TextEdit Edit(int start, int end, string newText) => new(File.FullPath, start, end, newText);

    public TextEdit Edit(SourceSpan span, string newText) => Edit(OffsetOf(span.Start), OffsetOf(span.End), newText);
}
