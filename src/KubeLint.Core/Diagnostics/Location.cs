using KubeLint.Core.Model;
using KubeLint.Core.Text;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Diagnostics;

/// <summary>A span in a file. <see cref="Path"/> is the display path; <see cref="FullPath"/> finds configuration.</summary>
public sealed record Location(string Path, string FullPath, SourceSpan Span)
{
    public static Location Of(SourceFile file, SourceSpan span) => new(file.Path, file.FullPath, span);

    public static Location Of(SourceFile file, YNode node) => new(file.Path, file.FullPath, node.Span);

    public static Location Of(KubeObject obj, YNode node) => Of(obj.FileOf(node), node);

    public SourcePosition Start => Span.Start;

    public SourcePosition End => Span.End;

    public override string ToString() => $"{Path}({Start.Line},{Start.Column})";
}
