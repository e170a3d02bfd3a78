using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Text;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Cluster;

/// <summary>One command-line word (after quote removal) and a way to find the span of a part of it.</summary>
internal sealed class SourceWord(string text, Func<int, int, Location> locate)
{
    public string Text { get; } = text;

    /// <summary>The location of <c>Text[start..start+length]</c>.</summary>
    public Location Locate(int start, int length) => locate(start, length);

    /// <summary>A word from a YAML scalar, e.g. an item of a container's <c>command</c>.</summary>
    public static SourceWord FromScalar(SourceFile file, YScalar scalar) =>
        new(scalar.Value, (start, length) => Location.Of(file, ScalarSpans.Locate(file, scalar, start, length)));

    /// <summary>A word from a text file whose characters came from the given source offsets.</summary>
    public static SourceWord FromOffsets(SourceFile file, string text, IReadOnlyList<int> offsets) =>
        new(text, (start, length) =>
        {
            var source = file.Text!;
            var first = offsets[Math.Clamp(start, 0, offsets.Count - 1)];
            var last = offsets[Math.Clamp(start + Math.Max(length, 1) - 1, 0, offsets.Count - 1)];
            return Location.Of(file, new SourceSpan(source.GetPosition(first), source.GetPosition(last + 1)));
        });
}
