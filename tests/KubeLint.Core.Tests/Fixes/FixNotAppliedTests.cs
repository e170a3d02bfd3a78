using System.Collections.Immutable;
using System.Text;
using KubeLint.Core.Engine;
using KubeLint.Core.Fixes;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Fixes;

/// <summary>KL9006: a fixed text that would not parse again is not kept; the file stays byte for byte as it was.</summary>
public class FixNotAppliedTests
{
    // CRLF and a comment beside the edited kind: bytes a rewrite would be likely to lose.
    private const string Manifest = "apiVersion: v1\r\nkind: configmap   # lower case\r\nmetadata:\r\n  name: settings\r\ndata:\r\n  mode: fast\r\n";

    /// <summary>Replaces KL1018's kind with the text it is given, as a provider with a bug would.</summary>
    private sealed class KindReplacement(string newText) : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ["KL1018"];

        public override IEnumerable<CodeFix> GetFixes(FixContext context) =>
            [new CodeFix($"kind: {newText}", "Test.Kind", [context.Edit(context.Diagnostic.Location.Span, newText)])];
    }

    private static FixRun Run(TempFolder folder, string newText) => new FixRunner().Run(
        new LintOptions { Paths = ["manifest.yaml"], WorkingDirectory = folder.Path },
        new FixOptions { Rules = new HashSet<string> { "KL1018" }, ExtraProviders = [new KindReplacement(newText)] });

    [Fact]
    public void A_fix_that_does_not_parse_leaves_the_file_as_it_was_with_a_KL9006()
    {
        using var folder = new TempFolder();
        var original = Encoding.UTF8.GetBytes(Manifest);
        folder.WriteBytes("manifest.yaml", original);

        // An unclosed flow sequence: the loader reports a syntax error where the text ends.
        var run = Run(folder, "[ConfigMap");

        var file = Assert.Single(run.Files);
        Assert.False(file.Changed);
        Assert.Equal(original, file.Fixed);
        Assert.Empty(file.Applied);
        var note = Assert.IsType<KubeLint.Core.Diagnostics.Diagnostic>(file.NotApplied);
        Assert.Equal("KL9006", note.Id);
        Assert.Equal((1, 1), (note.Location.Start.Line, note.Location.Start.Column));
        Assert.EndsWith("manifest.yaml", note.Location.FullPath, StringComparison.Ordinal);
        Assert.StartsWith("the fixes for this file were not applied: the fixed text would not parse (", note.Message, StringComparison.Ordinal);
        Assert.EndsWith("); the file is left as it was", note.Message, StringComparison.Ordinal);
        Assert.Matches(@" at \d+:\d+\)", note.Message);

        // Nothing written, and the finding is still there to report.
        Assert.Equal(original, File.ReadAllBytes(Path.Combine(folder.Path, "manifest.yaml")));
        Assert.Contains(run.Final.Diagnostics, d => d.Id == "KL1018" && d.Location.Start.Line == 2 && d.Location.Start.Column == 7);
    }

    [Fact]
    public void The_look_alike_fix_that_parses_is_applied()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("manifest.yaml", Encoding.UTF8.GetBytes(Manifest));

        var run = Run(folder, "ConfigMap");

        var file = Assert.Single(run.Files);
        Assert.Null(file.NotApplied);
        Assert.True(file.Changed);
        Assert.Equal(Manifest.Replace("kind: configmap", "kind: ConfigMap", StringComparison.Ordinal), Encoding.UTF8.GetString(file.Fixed));
        var (finding, fix) = Assert.Single(file.Applied);
        Assert.Equal(("KL1018", 2, 7), (finding.Id, finding.Location.Start.Line, finding.Location.Start.Column));
        Assert.Equal("Test.Kind", fix.EquivalenceKey);
        Assert.DoesNotContain(run.Final.Diagnostics, d => d.Id is "KL1018" or "KL9006");
    }
}
