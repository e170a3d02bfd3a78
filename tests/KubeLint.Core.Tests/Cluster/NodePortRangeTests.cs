using KubeLint.Core.Cluster;

namespace KubeLint.Core.Tests.Cluster;

public class NodePortRangeTests
{
    [Theory]
    [InlineData("30000-32767", 30000, 32767)]
    [InlineData("30000+2767", 30000, 32767)]
    [InlineData(" 8000 ", 8000, 8000)]
    [InlineData("1-65535", 1, 65535)]
    public void Parses_the_forms_the_apiserver_accepts(string text, int first, int last)
    {
        Assert.True(NodePortRange.TryParse(text, out var range, out _));
        Assert.Equal(new NodePortRange(first, last), range);
    }

    [Theory]
    [InlineData("32767-30000")]
    [InlineData("30000-70000")]
    [InlineData("65000+1000")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("0-100")]
    public void Rejects_malformed_ranges(string text)
    {
        Assert.False(NodePortRange.TryParse(text, out _, out var error));
        Assert.NotNull(error);
    }
}
