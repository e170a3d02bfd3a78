using System.Diagnostics.CodeAnalysis;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Engine;

namespace KubeLint.Testing;

/// <summary>
/// Lints marked-up manifests with one analyzer, <typeparamref name="TAnalyzer"/>, through the real engine
/// and holds its findings to the expected ones: rule, file and span exactly, message and severity, nothing
/// missing, nothing extra. A test fails rather than passes vacuously when it names a rule the analyzer does
/// not report, or when a rule of the analyzer is off in the run (off by default and not enabled).
/// Configuration issues are findings only of the analyzer that reports them (KL9001, under test or additional),
/// whose run checks rule references against every built-in rule; any other test with such issues fails.
/// </summary>
[SuppressMessage("Design", "CA1000", Justification = "The type argument is the analyzer under test: AnalyzerVerifier<T>.VerifyAsync(…), as Roslyn's verifiers.")]
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : KubeAnalyzer, new()
{
    /// <summary>A finding of the analyzer's only rule.</summary>
    public static DiagnosticResult Diagnostic() => new(null, null);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(null, descriptor);

    public static DiagnosticResult Diagnostic(string ruleId) => new(ruleId, null);

    /// <summary>Lints <paramref name="markup"/> as <c>manifest.yaml</c>.</summary>
    public static Task VerifyAsync(string markup, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { Sources = { ("manifest.yaml", markup) } };
        test.ExpectedDiagnostics.AddRange(expected);
        return VerifyAsync(test);
    }

    public static Task VerifyAsync(AnalyzerTest test)
    {
        try
        {
            Verify(test);
            return Task.CompletedTask;
        }
        catch (VerificationException e)
        {
            return Task.FromException(e);
        }
    }

    /// <summary>Runs the test and returns the engine's result, for tests that look further (a fix, a profile).</summary>
    internal static LintResult Verify(AnalyzerTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        using var run = TestRun.Create(test, new TAnalyzer());
        return Verify(test, run);
    }

    /// <summary>Verifies the findings of a run whose files are written; the run stays for a fix to use.</summary>
    internal static LintResult Verify(AnalyzerTest test, TestRun run)
    {
        var analyzers = run.Options.AdditionalAnalyzers;
        var rules = ExpectedRules.Of(analyzers);
        var expected = Expectations.Resolve(rules, test, run.Markup);
        var result = new LintEngine().Run(run.Options);
        if (!TestRun.ReportsConfigurationIssues(analyzers[0], test))
        {
            CheckConfiguration(result);
        }

        CheckRulesRun(rules, result);
        var resolver = new SeverityResolver(result.Options.Config, result.Options.EditorConfig, warningsAsErrors: false);
        var actual = result.Diagnostics.Where(d => rules.All.ContainsKey(d.Id)).ToList();
        Comparison.Check(rules.Name, expected, actual, resolver);
        return result;
    }

    /// <summary>The analyzer of configuration issues (KL9001) does not run here, so a test whose <c>.kubelint.yaml</c>
    /// has mistakes would test another configuration than it states. (In that analyzer's own tests they are its
    /// findings, expected with markup in the configuration like any other.)</summary>
    private static void CheckConfiguration(LintResult result)
    {
        if (result.ConfigurationIssues.Count > 0)
        {
            throw new VerificationException("The test's .kubelint.yaml has issues:" + Environment.NewLine
                + string.Join(Environment.NewLine, result.ConfigurationIssues.Select(i => "  " + i)));
        }
    }

    private static void CheckRulesRun(ExpectedRules rules, LintResult result)
    {
        var off = rules.All.Values.Where(r => !result.RulesRun.Any(run => run.Id == r.Id)).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        if (off.Count > 0)
        {
            throw new VerificationException(string.Join(Environment.NewLine, off.Select(r =>
                $"{r.Id} is off in this run ({(r.IsEnabledByDefault ? "switched off by the configuration" : "disabled by default")}); "
                + $"a test of {rules.Name} must run it: enable it in the test's Configuration, e.g. \"rules:\\n  {r.Id}: warning\".")));
        }
    }
}
