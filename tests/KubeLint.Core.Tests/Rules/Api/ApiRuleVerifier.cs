using System.Text.RegularExpressions;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Testing;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// <see cref="AnalyzerVerifier{TAnalyzer}"/> in the shapes the API rule tests take most, as Roslyn's test
/// projects wrap their verifiers: files at a target version, findings whose messages are listed in the order
/// of their marked spans, and inputs several analyzers report on (<see cref="AnalyzerTest.AdditionalAnalyzers"/>).
/// Every call ends in the type-bound verifier, so its checks hold: rule ID, span, message and severity,
/// nothing extra, and every rule of the analyzers on.
/// </summary>
internal static class ApiRuleVerifier<TAnalyzer>
    where TAnalyzer : KubeAnalyzer, new()
{
    public static DiagnosticResult Diagnostic() => AnalyzerVerifier<TAnalyzer>.Diagnostic();

    public static DiagnosticResult Diagnostic(string ruleId) => AnalyzerVerifier<TAnalyzer>.Diagnostic(ruleId);

    public static Task VerifyAsync(string markup, params DiagnosticResult[] expected) =>
        AnalyzerVerifier<TAnalyzer>.VerifyAsync(markup, expected);

    public static Task VerifyAsync(AnalyzerTest test) => AnalyzerVerifier<TAnalyzer>.VerifyAsync(test);

    /// <summary>Lints <paramref name="markup"/> as <c>manifest.yaml</c> at <paramref name="version"/>.</summary>
    public static Task VerifyAsync(string markup, KubernetesVersion? version, params DiagnosticResult[] expected) =>
        VerifyAsync([("manifest.yaml", markup)], version, expected);

    public static Task VerifyAsync((string Path, string Markup)[] files, KubernetesVersion? version, params DiagnosticResult[] expected) =>
        VerifyAsync(Test(files, version, null, expected, []));

    /// <summary>Each marked span is a finding whose message is the next of <paramref name="messages"/>.</summary>
    public static Task VerifyMessagesAsync(string markup, KubernetesVersion? version, params string[] messages) =>
        VerifyMessagesAsync([("manifest.yaml", markup)], version, messages);

    /// <summary>Each marked span is a finding whose message is the next of <paramref name="messages"/>, in
    /// the order of the files, then of the spans' starts.</summary>
    public static Task VerifyMessagesAsync((string Path, string Markup)[] files, KubernetesVersion? version, params string[] messages) =>
        VerifyMessagesWithAsync(files, version, messages);

    /// <summary>
    /// Lints the files with <typeparamref name="TAnalyzer"/> and <paramref name="others"/> together: each span
    /// is a finding of the rule it names; an unnamed one (<c>[|…|]</c>) of <typeparamref name="TAnalyzer"/>'s rule.
    /// </summary>
    public static Task VerifyWithAsync((string Path, string Markup)[] files, KubernetesVersion? version, string? configuration, params KubeAnalyzer[] others) =>
        VerifyAsync(Test(files, version, configuration, [], others));

    /// <summary>As <see cref="VerifyWithAsync"/>, with the findings of the rules in <paramref name="severities"/> at
    /// that severity rather than their configured default (a rule that raises some of its findings).</summary>
    public static Task VerifyWithSeveritiesAsync((string Path, string Markup)[] files, KubernetesVersion? version, IReadOnlyDictionary<string, DiagnosticSeverity> severities, params KubeAnalyzer[] others)
    {
        var expected = new List<DiagnosticResult>();
        var keyed = files.Select(f => (f.Path, KeySpans(f.Markup, expected))).ToArray();
        var unnamed = new TAnalyzer().SupportedDiagnostics[0].Id;
        var withSeverities = expected.Select(e => severities.TryGetValue(e.Id ?? unnamed, out var severity) ? e.WithSeverity(severity) : e);
        return VerifyAsync(Test(keyed, version, null, [.. withSeverities], others));
    }

    /// <summary>As <see cref="VerifyWithAsync"/>, and each span's finding has the next of <paramref name="messages"/>,
    /// in the order of the files, then of the spans' starts, whichever analyzer reports it.</summary>
    public static Task VerifyMessagesWithAsync((string Path, string Markup)[] files, KubernetesVersion? version, string[] messages, params KubeAnalyzer[] others)
    {
        var expected = new List<DiagnosticResult>();
        var keyed = files.Select(f => (f.Path, KeySpans(f.Markup, expected))).ToArray();
        if (expected.Count != messages.Length)
        {
            return Task.FromException(new VerificationException($"The test marks {expected.Count} findings and lists {messages.Length} messages."));
        }

        return VerifyAsync(Test(keyed, version, null, [.. expected.Select((e, i) => e.WithMessage(messages[i]))], others));
    }

    private static AnalyzerTest Test((string Path, string Markup)[] files, KubernetesVersion? version, string? configuration, DiagnosticResult[] expected, KubeAnalyzer[] others)
    {
        var test = new AnalyzerTest { TargetVersion = version, Configuration = configuration };
        test.Sources.AddRange(files);
        test.ExpectedDiagnostics.AddRange(expected);
        test.AdditionalAnalyzers.AddRange(others);
        return test;
    }

    /// <summary>Turns <c>[|…|]</c> and <c>{|KL1013:…|}</c> into <c>{|#n:…|}</c>, numbered on from
    /// <paramref name="expected"/>'s count, and adds the finding each one stands for.</summary>
    private static string KeySpans(string markup, List<DiagnosticResult> expected) => ApiRuleMarkup.Opening().Replace(markup, m =>
    {
        var key = expected.Count;
        expected.Add((m.Groups["id"].Success ? Diagnostic(m.Groups["id"].Value) : Diagnostic()).WithLocation(key));
        return $"{{|#{key}:";
    });
}

internal static partial class ApiRuleMarkup
{
    /// <summary>The opening of a finding's span: <c>[|</c>, or <c>{|KL1013:</c> naming its rule.</summary>
    [GeneratedRegex(@"\[\||\{\|(?<id>KL[0-9]{4}):")]
    internal static partial Regex Opening();
}
