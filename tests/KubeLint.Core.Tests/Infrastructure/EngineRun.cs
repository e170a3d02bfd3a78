using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;
using KubeLint.Core.Model;

namespace KubeLint.Core.Tests.Infrastructure;

/// <summary>
/// A whole run of the engine with every built-in rule, for tests about the run rather than a rule: loading,
/// ordering, suppressions across rules, exit codes, the workspace. A test of a rule's findings uses the verifier
/// bound to its analyzer (<see cref="KubeLint.Testing.AnalyzerVerifier{TAnalyzer}"/>) instead.
/// </summary>
internal static class EngineRun
{
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
}
