using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;

namespace KubeLint.Core.Tests.Infrastructure;

/// <summary>Lints marked-up manifests with the real engine and compares the findings of the rules
/// under test with the marked spans — exact lines and columns, nothing missing, nothing extra.</summary>
internal static class RuleVerifier
{
    public static void Verify(string ruleId, string markup, KubernetesVersion? version = null) =>
        Verify([ruleId], [("manifest.yaml", markup)], version);

    public static void Verify(string[] ruleIds, (string Path, string Markup)[] files, KubernetesVersion? version = null, string? config = null)
    {
        using var folder = new TempFolder();
        var expected = new List<string>();
        foreach (var (path, markup) in files)
        {
            var (text, spans) = Markup.Parse(markup);
            folder.Write(path, text);
            expected.AddRange(spans.Select(s => Describe(s.RuleId ?? ruleIds[0], path, s.Span.Start.Line, s.Span.Start.Column, s.Span.End.Line, s.Span.End.Column)));
        }

        if (config is not null)
        {
            // The configuration may carry markup too, for findings (KL9001) that point into it.
            var (text, spans) = Markup.Parse(config);
            folder.Write(".kubelint.yaml", text);
            expected.AddRange(spans.Select(s => Describe(s.RuleId ?? ruleIds[0], ".kubelint.yaml", s.Span.Start.Line, s.Span.Start.Column, s.Span.End.Line, s.Span.End.Column)));
        }

        var result = Lint(folder.Path, files.Select(f => f.Path).ToArray(), version);
        var actual = result.Diagnostics
            .Where(d => ruleIds.Contains(d.Id))
            .Select(d => Describe(d.Id, d.Location.Path, d.Location.Start.Line, d.Location.Start.Column, d.Location.End.Line, d.Location.End.Column))
            .ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Like <see cref="Verify(string, string, KubernetesVersion?)"/>, and also holds the messages of the
    /// rule's findings, in the order of their locations, to <paramref name="messages"/>.
    /// </summary>
    public static void VerifyMessages(string ruleId, string markup, KubernetesVersion? version, params string[] messages)
    {
        Verify(ruleId, markup, version);
        var actual = LintText(Markup.Parse(markup).Text, version)
            .Where(d => d.Id == ruleId)
            .OrderBy(d => d.Location.Start.Line).ThenBy(d => d.Location.Start.Column)
            .Select(d => d.Message);
        Assert.Equal(messages, actual);
    }

    /// <summary>
    /// Like <see cref="Verify(string[], (string Path, string Markup)[], KubernetesVersion?, string?)"/> for
    /// one rule, and also holds the messages of its findings, in the order of their files (as given) and
    /// locations, to <paramref name="messages"/>.
    /// </summary>
    public static void VerifyMessages(string ruleId, (string Path, string Markup)[] files, KubernetesVersion? version, params string[] messages)
    {
        Verify([ruleId], files, version);
        using var folder = new TempFolder();
        foreach (var (path, markup) in files)
        {
            folder.Write(path, Markup.Parse(markup).Text);
        }

        var order = files.Select(f => f.Path).ToList();
        var actual = Lint(folder.Path, [.. order], version).Diagnostics
            .Where(d => d.Id == ruleId)
            .OrderBy(d => order.IndexOf(d.Location.Path)).ThenBy(d => d.Location.Start.Line).ThenBy(d => d.Location.Start.Column)
            .Select(d => d.Message);
        Assert.Equal(messages, actual);
    }

    /// <summary>Lints files of a folder with the built-in rules.</summary>
    public static LintResult Lint(string folder, string[] paths, KubernetesVersion? version = null) =>
        new LintEngine().Run(new LintOptions { Paths = paths, WorkingDirectory = folder, TargetVersion = version });

    /// <summary>Lints one text and returns every visible finding.</summary>
    public static IReadOnlyList<Diagnostic> LintText(string text, KubernetesVersion? version = null) =>
        LintResultOf(text, version).Diagnostics;

    /// <summary>Lints one text and returns the whole result (workspace included).</summary>
    public static LintResult LintResultOf(string text, KubernetesVersion? version = null)
    {
        using var folder = new TempFolder();
        folder.Write("manifest.yaml", text);
        return Lint(folder.Path, ["manifest.yaml"], version);
    }

    private static string Describe(string id, string path, int line, int column, int endLine, int endColumn) =>
        $"{id} {path}({line},{column},{endLine},{endColumn})";
}
