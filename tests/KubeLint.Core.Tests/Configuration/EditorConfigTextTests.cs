using KubeLint.Core.Configuration;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Configuration;

/// <summary>Each <c>.editorconfig</c> is read once: Roslyn's values and KL9001's key positions come from the same
/// text, so a file changed or gone after the load changes neither.</summary>
public class EditorConfigTextTests
{
    [Fact]
    public void Option_keys_and_values_come_from_the_text_read_at_load()
    {
        using var folder = new TempFolder();
        var yaml = folder.Write("m.yaml", "apiVersion: v1\nkind: ConfigMap\n");
        var path = folder.Write(".editorconfig", "root = true\n[*.yaml]\n  kubelint.KL4001.ignoredImagse = nginx\n");
        var options = EditorConfigOptions.Discover([yaml]);

        // Rewritten after the load: what was read stays what both readers see.
        File.WriteAllText(path, "root = true\n[*.yaml]\nkubelint.KL4001.ignoredImages = other\n");

        var key = Assert.Single(options.OptionKeys());
        Assert.Equal(
            (path, "KL4001", "ignoredImagse", 3, 19, 32, "nginx", 35, 40),
            (key.FullPath, key.RuleId, key.Option, key.OptionSpan.Start.Line, key.OptionSpan.Start.Column, key.OptionSpan.End.Column, key.Value, key.ValueSpan.Start.Column, key.ValueSpan.End.Column));
        Assert.Equal("nginx", options.GetOption(yaml, "KL4001", "ignoredImagse"));
        Assert.Null(options.GetOption(yaml, "KL4001", "ignoredImages"));
        Assert.Equal([path], options.Files);
    }

    [Fact]
    public void A_file_without_our_keys_is_listed_but_yields_no_option_key()
    {
        using var folder = new TempFolder();
        var yaml = folder.Write("m.yaml", "apiVersion: v1\nkind: ConfigMap\n");
        var path = folder.Write(".editorconfig", "root = true\n[*.yaml]\nindent_size = 2\n");

        var options = EditorConfigOptions.Discover([yaml]);

        Assert.Empty(options.OptionKeys());
        Assert.True(options.IsEmpty);
        Assert.Equal([path], options.Files);
    }
}
