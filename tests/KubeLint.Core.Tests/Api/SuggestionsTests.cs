using KubeLint.Core.Api;
using KubeLint.Core.Engine;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Api;

/// <summary>The one "did you mean" of field names, kinds, values and rule options (<see cref="Suggestions.Closest"/>):
/// its bound of a third of the typed word, at least one edit, and what KL9001 says with it.</summary>
public class SuggestionsTests
{
    private static readonly string[] KL4001Options = ["ignoredImages", "ignoredContainers"];

    [Theory]
    [InlineData("IGNOREDIMAGES", "ignoredImages")] // another case wins at once
    [InlineData("ignoredImagse", "ignoredImages")] // a swap of neighbours is one edit
    [InlineData("ginoerdImgaes", "ignoredImages")] // three swaps: 3 edits, within 13 / 3
    [InlineData("ignoredContianres", "ignoredContainers")] // two swaps within 17 / 3
    [InlineData("mx", "max")] // the floor: one edit for a short word
    [InlineData("mak", "max")]
    public void Suggests_the_closest_within_a_third_of_the_typed_word(string typed, string expected) =>
        Assert.Equal(expected, Suggestions.Closest(typed, [.. KL4001Options, "max"]));

    [Theory]
    [InlineData("ab")] // two edits from max: more than a two-letter word's one
    [InlineData("maks")] // two edits, limit one
    [InlineData("images")] // seven edits from ignoredImages
    [InlineData("gnirodeImgaes")] // five edits, limit four
    public void Suggests_nothing_beyond_the_limit(string typed) =>
        Assert.Null(Suggestions.Closest(typed, [.. KL4001Options, "max"]));

    [Fact]
    public void A_tie_goes_to_the_first_candidate_and_case_is_ignored_in_a_swap()
    {
        Assert.Equal("cat", Suggestions.Closest("cot", ["cat", "cut"]));
        Assert.Equal("cut", Suggestions.Closest("cot", ["cut", "cat"]));
        Assert.Equal(1, Suggestions.Distance("hsotIP", "HostIp"));
        Assert.Equal(4, Suggestions.Limit("ignoredImagse"));
        Assert.Equal(1, Suggestions.Limit("ab"));
    }

    [Fact]
    public void KL9001_suggests_a_rule_option_with_the_same_bound()
    {
        // Three swapped pairs: within the bound, so the nearest option is named; the look-alike beyond it is not.
        Assert.Equal(
            ".kubelint.yaml(3,5): 'ginoerdImgaes' in rules.KL4001 is not an option of KL4001; did you mean 'ignoredImages'? (its options: ignoredImages, ignoredContainers)",
            Assert.Single(Lint("ginoerdImgaes")));
        Assert.Equal(
            ".kubelint.yaml(3,5): 'gnirodeImgaes' in rules.KL4001 is not an option of KL4001 (its options: ignoredImages, ignoredContainers)",
            Assert.Single(Lint("gnirodeImgaes")));
    }

    private static List<string> Lint(string option)
    {
        using var folder = new TempFolder();
        folder.Write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n");
        folder.Write(".kubelint.yaml", $"rules:\n  KL4001:\n    {option}: [nginx]\n");
        var result = new LintEngine().Run(new LintOptions { Paths = ["pod.yaml"], WorkingDirectory = folder.Path });
        return result.Diagnostics.Where(d => d.Id == "KL9001").Select(d => $"{d.Location}: {d.Message}").ToList();
    }
}
