using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Fixes;

/// <summary>What <c>kubelint fix</c> did to one file: its bytes before and after, the fixes applied
/// (in the order of the passes) and, when the file was left as it was, why (a KL9006).</summary>
internal sealed class FileFixes
{
    public FileFixes(string path, string fullPath, byte[] original)
    {
        Path = path;
        FullPath = fullPath;
        Original = original;
        Fixed = original;
    }

    public string Path { get; }

    public string FullPath { get; }

    public byte[] Original { get; }

    public byte[] Fixed { get; internal set; }

    /// <summary>The findings fixed and how, each as found in the text of its pass.</summary>
    public List<(Diagnostic Finding, CodeFix Fix)> Applied { get; } = [];

    /// <summary>A KL9006 when the fixed text would not parse: the file keeps its original bytes.</summary>
    public Diagnostic? NotApplied { get; internal set; }

    public bool Changed => !Original.AsSpan().SequenceEqual(Fixed);
}
