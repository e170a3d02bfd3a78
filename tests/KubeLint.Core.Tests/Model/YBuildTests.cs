using KubeLint.Core.Loading;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Model;

public class YBuildTests
{
    [Fact]
    public void With_replaces_a_key_in_place_or_appends_it_and_keeps_the_mappings_span()
    {
        var root = Root("a: 1\nb: 2\n");
        var key = new YScalar("b", YScalarStyle.Plain, root.Span);
        var replaced = YBuild.With(root, key, YBuild.String("x", root.Span));
        Assert.Equal(["a", "b"], replaced.Entries.Select(e => e.Key.Value));
        Assert.Equal("x", replaced.GetString("b"));
        Assert.Equal(root.Span, replaced.Span);

        var appended = YBuild.With(root, new YScalar("c", YScalarStyle.Plain, root.Span), YBuild.String("y", root.Span));
        Assert.Equal(["a", "b", "c"], appended.Entries.Select(e => e.Key.Value));
        Assert.Equal("2", root.GetString("b")); // the source tree is never changed
    }

    [Fact]
    public void Without_drops_a_key_and_returns_the_same_mapping_when_it_is_absent()
    {
        var root = Root("a: 1\nb: {c: 2}\n");
        Assert.Same(root, YBuild.Without(root, "z"));
        var dropped = YBuild.Without(root, "b");
        Assert.Equal(["a"], dropped.Entries.Select(e => e.Key.Value));
        Assert.Equal(2, dropped.Weight);
    }

    [Theory]
    [InlineData("web", YScalarStyle.Plain)]
    [InlineData("true", YScalarStyle.DoubleQuoted)] // a plain true would read back as a boolean
    [InlineData("8080", YScalarStyle.DoubleQuoted)]
    [InlineData("", YScalarStyle.DoubleQuoted)]
    public void A_built_string_is_quoted_only_when_plain_text_would_read_back_as_another_type(string value, YScalarStyle style) =>
        Assert.Equal(style, YBuild.String(value, default).Style);

    private static YMapping Root(string text) =>
        (YMapping)new ManifestLoader().LoadText("m.yaml", text).Documents.Single().Root!;
}
