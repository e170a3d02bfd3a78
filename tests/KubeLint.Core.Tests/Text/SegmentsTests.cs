using KubeLint.Core.Text;

namespace KubeLint.Core.Tests.Text;

/// <summary>Segments splits as <c>string.Split</c> does, empty parts included.</summary>
public class SegmentsTests
{
    [Theory]
    [InlineData("spec.template.spec")]
    [InlineData("a..b")]
    [InlineData(".a.")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("no-dot")]
    public void Gives_the_parts_string_split_gives(string text)
    {
        var parts = new List<string>();
        foreach (var part in new Segments(text, '.'))
        {
            parts.Add(part.ToString());
        }

        Assert.Equal(text.Split('.'), parts);
    }
}
