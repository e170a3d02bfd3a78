using System.Text;

namespace KubeLint.Core.Fixes;

/// <summary>Applies edits to one text: everything outside them stays as it was, character for character.</summary>
internal static class TextEdits
{
    /// <summary>Applies the edits that do not overlap an earlier one of the list (the rest are returned in
    /// <paramref name="deferred"/>, for the next pass to redo on the new text), in offset order.</summary>
    public static string Apply(string text, IReadOnlyList<TextEdit> edits, out List<TextEdit> deferred)
    {
        deferred = [];
        var kept = new List<TextEdit>(edits.Count);
        foreach (var edit in edits)
        {
            if (edit.Start < 0 || edit.End > text.Length || edit.Start > edit.End || kept.Any(k => k.Overlaps(edit)))
            {
                deferred.Add(edit);
            }
            else
            {
                kept.Add(edit);
            }
        }

        kept.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var edit in kept)
        {
            result.Append(text, at, edit.Start - at).Append(edit.NewText);
            at = edit.End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Whether all edits of a fix can go in together with those already <paramref name="taken"/>.</summary>
    public static bool FitsWith(IEnumerable<TextEdit> edits, IReadOnlyCollection<TextEdit> taken) =>
        edits.All(e => !taken.Any(t => t.Overlaps(e))) && !HasOverlap(edits.ToList());

    private static bool HasOverlap(List<TextEdit> edits)
    {
        for (var i = 0; i < edits.Count; i++)
        {
            for (var j = i + 1; j < edits.Count; j++)
            {
                if (edits[i].Overlaps(edits[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
