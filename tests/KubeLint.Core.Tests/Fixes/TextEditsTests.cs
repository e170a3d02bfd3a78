using KubeLint.Core.Fixes;

namespace KubeLint.Core.Tests.Fixes;

/// <summary>Applying edits: offset order whatever the list's order, overlaps left for the next pass, the rest byte for byte.</summary>
public class TextEditsTests
{
    private static TextEdit Edit(int start, int end, string text) => new("f.yaml", start, end, text);

    [Fact]
    public void Applies_in_offset_order_and_keeps_everything_between()
    {
        var text = "a: 1\r\nb: 2\r\nc: 3";
        var result = TextEdits.Apply(text, [Edit(12, 13, "z"), Edit(0, 1, "x"), Edit(6, 6, "# ")], out var deferred);
        Assert.Equal("x: 1\r\n# b: 2\r\nz: 3", result);
        Assert.Empty(deferred);
    }

    [Fact]
    public void An_edit_that_overlaps_an_earlier_one_waits()
    {
        var first = Edit(0, 4, "a: 9");
        var overlapping = Edit(3, 6, "");
        var sameInsertion = Edit(8, 8, "x");
        var result = TextEdits.Apply("a: 1\nb: 2\n", [first, overlapping, Edit(8, 8, "# "), sameInsertion], out var deferred);
        Assert.Equal("a: 9\nb: # 2\n", result);
        Assert.Equal([overlapping, sameInsertion], deferred);
    }

    [Fact]
    public void Touching_edits_do_not_overlap()
    {
        Assert.False(Edit(0, 4, "").Overlaps(Edit(4, 8, "")));
        Assert.False(Edit(0, 4, "").Overlaps(Edit(4, 4, "x")));
        Assert.True(Edit(0, 4, "").Overlaps(Edit(0, 0, "x")));
        Assert.True(Edit(2, 2, "x").Overlaps(Edit(2, 2, "y")));
    }

    [Fact]
    public void Diff_of_a_changed_last_line_without_a_line_break()
    {
        var diff = UnifiedDiff.Create("a: 1\nb: 2", "a: 1\nb: 3", "a/f.yaml", "b/f.yaml");
        Assert.Equal("--- a/f.yaml\n+++ b/f.yaml\n@@ -1,2 +1,2 @@\n a: 1\n-b: 2\n\\ No newline at end of file\n+b: 3\n\\ No newline at end of file\n", diff);
        Assert.Equal("--- a/f.yaml\n+++ b/f.yaml\n", UnifiedDiff.Create("same\n", "same\n", "a/f.yaml", "b/f.yaml"));
    }
}
