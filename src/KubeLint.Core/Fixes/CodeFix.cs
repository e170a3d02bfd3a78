namespace KubeLint.Core.Fixes;

/// <summary>One way to fix one finding, as Roslyn's <c>CodeAction</c>: a title for people, an
/// equivalence key that picks the same kind of fix for every finding (Fix All), and its edits.</summary>
internal sealed record CodeFix(string Title, string EquivalenceKey, IReadOnlyList<TextEdit> Edits);
