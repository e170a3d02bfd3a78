using KubeLint.Core.Text;

namespace KubeLint.Core.Tests.Text;

/// <summary>A compacted text (one byte a character) reads exactly as the string it was made from.</summary>
public class SourceTextTests
{
    public static TheoryData<string, bool> Texts => new()
    {
        { "apiVersion: v1\nkind: Pod\n", true },
        { "a: 1\r\nb: 2\r\n# kubelint-disable KL0001\r\nc: 3", true },
        { "name: café\nlabel: ÿ\n", true },
        { "name: 日本\nkind: Pod\n", false },
        { "emoji: \"\U0001F600\"\nx: y\n", false },
        { "", true },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reads_the_same_once_compacted(string content, bool narrow)
    {
        var plain = new SourceText(content);
        var compact = new SourceText(content);
        compact.Compact();

        Assert.False(plain.IsNarrow);
        Assert.Equal(narrow, compact.IsNarrow);
        Assert.Equal(plain.Length, compact.Length);
        Assert.Equal(plain.LineCount, compact.LineCount);
        for (var line = 0; line <= plain.LineCount + 1; line++)
        {
            Assert.Equal(plain.GetLine(line).ToString(), compact.GetLine(line).ToString());
        }

        for (var offset = 0; offset < content.Length; offset++)
        {
            Assert.Equal(content[offset], compact.CharAt(offset));
            Assert.Equal(plain.GetPosition(offset), compact.GetPosition(offset));
            Assert.Equal(content[offset..], compact.Slice(offset, content.Length - offset).ToString());
        }

        Assert.Equal(content.EndsWith('\n'), compact.EndsWith('\n'));
        Assert.Equal(content, compact.Text);
    }

    [Fact]
    public void Finds_a_value_only_when_present()
    {
        var text = new SourceText("metadata:\n  name: café # kubelint-disable-line\n");
        text.Compact();

        Assert.True(text.IsNarrow);
        Assert.True(text.Contains("kubelint-"));
        Assert.True(text.Contains("café"));
        Assert.False(text.Contains("cafe\u0301"));
        Assert.False(text.Contains("日本"));
        Assert.False(text.Contains("kubelint-enable"));
    }

    [Fact]
    public void A_wide_text_stays_a_string()
    {
        var text = new SourceText("name: 日本 # kubelint-disable\n");
        text.Compact();

        Assert.False(text.IsNarrow);
        Assert.True(text.Contains("日本"));
        Assert.Equal("日本", text.Slice(6, 2).ToString());
    }
}
