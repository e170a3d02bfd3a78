namespace KubeLint.Core.Fixes;

/// <summary>Replaces the characters <c>[Start, End)</c> of a file's decoded text with <see cref="NewText"/>;
/// an insertion has <c>Start == End</c>, a deletion an empty <see cref="NewText"/>.</summary>
internal sealed record TextEdit(string FullPath, int Start, int End, string NewText)
{
    public int Length => End - Start;

    public bool Overlaps(TextEdit other) =>
        Start < other.End && other.Start < End || (Start == other.Start && (Length == 0 || other.Length == 0));
}
