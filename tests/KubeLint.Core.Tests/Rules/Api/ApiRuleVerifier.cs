using System.Text;
using System.Text.RegularExpressions;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Testing;

namespace KubeLint.Core.Tests.Rules.Api;

/// <summary>
/// <see cref="AnalyzerVerifier{TAnalyzer}"/> in the shapes the API rule tests take most, as Roslyn's test
/// projects wrap their verifiers: files at a target version, and findings whose messages are listed in
/// the order of their marked spans. Every call ends in the type-bound verifier, so its checks hold: rule
/// ID, span, message and severity, nothing extra, and the analyzer's rule on.
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
        VerifyAsync(ApiRuleVerifier.Test(files, version, null, expected));

    /// <summary>Each marked span is a finding whose message is the next of <paramref name="messages"/>.</summary>
    public static Task VerifyMessagesAsync(string markup, KubernetesVersion? version, params string[] messages) =>
        VerifyMessagesAsync([("manifest.yaml", markup)], version, messages);

    /// <summary>Each marked span is a finding whose message is the next of <paramref name="messages"/>, in
    /// the order of the files, then of the spans' starts.</summary>
    public static Task VerifyMessagesAsync((string Path, string Markup)[] files, KubernetesVersion? version, params string[] messages)
    {
        var expected = new List<DiagnosticResult>();
        var keyed = files.Select(f => (f.Path, KeySpans(f.Markup, expected))).ToArray();
        if (expected.Count != messages.Length)
        {
            return Task.FromException(new VerificationException($"The test marks {expected.Count} findings and lists {messages.Length} messages."));
        }

        return VerifyAsync(ApiRuleVerifier.Test(keyed, version, null, [.. expected.Select((e, i) => e.WithMessage(messages[i]))]));
    }

    /// <summary>Turns <c>[|…|]</c> and <c>{|KL1013:…|}</c> into <c>{|#n:…|}</c>, numbered on from
    /// <paramref name="expected"/>'s count, and adds the finding each one stands for.</summary>
    private static string KeySpans(string markup, List<DiagnosticResult> expected) => ApiRuleVerifier.Opening().Replace(markup, m =>
    {
        var key = expected.Count;
        expected.Add((m.Groups["id"].Success ? Diagnostic(m.Groups["id"].Value) : Diagnostic()).WithLocation(key));
        return $"{{|#{key}:";
    });
}

/// <summary>For tests that held several analyzers to one input: each analyzer is verified alone against the
/// spans of its own rules.</summary>
internal static partial class ApiRuleVerifier
{
    /// <summary>Stands for the opening of a span another analyzer reports, until <see cref="DropSpans"/> removes it with its closing.</summary>
    private const string Dropped = "\u0001";

    /// <summary>
    /// Verifies each of <paramref name="analyzers"/> on the files with only the spans of its rules kept;
    /// unnamed spans (<c>[|…|]</c>) belong to the first analyzer's rule. A span naming a rule that none of
    /// them reports fails the test.
    /// </summary>
    public static Task VerifyEachAsync((string Path, string Markup)[] files, KubernetesVersion? version, string? configuration, params Type[] analyzers) =>
        VerifyEach(files, version, configuration, null, null, analyzers);

    /// <summary>As <see cref="VerifyEachAsync"/>, with the findings of the rules in <paramref name="severities"/> at
    /// that severity rather than their configured default (a rule that raises some of its findings).</summary>
    public static Task VerifyEachWithSeveritiesAsync((string Path, string Markup)[] files, KubernetesVersion? version, IReadOnlyDictionary<string, DiagnosticSeverity> severities, params Type[] analyzers) =>
        VerifyEach(files, version, null, null, severities, analyzers);

    /// <summary>As <see cref="VerifyEachAsync"/>, and each span's finding has the next of <paramref name="messages"/>,
    /// in the order of the files, then of the spans' starts, whichever analyzer reports it.</summary>
    public static Task VerifyEachMessagesAsync((string Path, string Markup)[] files, KubernetesVersion? version, string[] messages, params Type[] analyzers) =>
        VerifyEach(files, version, null, messages, null, analyzers);

    internal static AnalyzerTest Test((string Path, string Markup)[] files, KubernetesVersion? version, string? configuration, DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TargetVersion = version, Configuration = configuration };
        test.Sources.AddRange(files);
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    private static async Task VerifyEach((string Path, string Markup)[] files, KubernetesVersion? version, string? configuration, string[]? messages, IReadOnlyDictionary<string, DiagnosticSeverity>? severities, Type[] analyzers)
    {
        var rules = analyzers.Select(t => ((KubeAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics.Select(d => d.Id).ToHashSet()).ToList();
        var unnamed = rules[0].Order(StringComparer.Ordinal).First();
        var spans = files.SelectMany(f => Opening().Matches(f.Markup)).Select(m => m.Groups["id"].Success ? m.Groups["id"].Value : unnamed).ToList();
        if (spans.FirstOrDefault(id => !rules.Any(r => r.Contains(id))) is { } stray)
        {
            throw new VerificationException($"The markup names {stray}, which none of the verified analyzers reports.");
        }

        if (messages is not null && messages.Length != spans.Count)
        {
            throw new VerificationException($"The test marks {spans.Count} findings and lists {messages.Length} messages.");
        }

        for (var i = 0; i < analyzers.Length; i++)
        {
            var verifier = typeof(AnalyzerVerifier<>).MakeGenericType(analyzers[i]);
            var expected = new List<DiagnosticResult>();
            var index = 0;
            var sources = new List<(string Path, string Markup)>();
            foreach (var (path, markup) in files)
            {
                sources.Add((path, Opening().Replace(markup, m =>
                {
                    var key = index++;
                    if (!rules[i].Contains(spans[key]))
                    {
                        return Dropped;
                    }

                    var result = ((DiagnosticResult)verifier.GetMethod("Diagnostic", [typeof(string)])!.Invoke(null, [spans[key]])!).WithLocation(key);
                    result = messages is null ? result : result.WithMessage(messages[key]);
                    expected.Add(severities is not null && severities.TryGetValue(spans[key], out var severity) ? result.WithSeverity(severity) : result);
                    return $"{{|#{key}:";
                })));
            }

            var test = Test([.. sources.Select(s => (s.Path, DropSpans(s.Markup)))], version, configuration, [.. expected]);
            await (Task)verifier.GetMethod("VerifyAsync", [typeof(AnalyzerTest)])!.Invoke(null, [test])!;
        }
    }

    /// <summary>The markup without the dropped spans (their text kept).</summary>
    private static string DropSpans(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var open = new Stack<bool>();
        for (var i = 0; i < markup.Length; i++)
        {
            var rest = markup.AsSpan(i);
            if (rest.StartsWith(Dropped) || rest.StartsWith("[|") || rest.StartsWith("{|"))
            {
                var dropped = rest.StartsWith(Dropped);
                open.Push(!dropped);
                var length = dropped ? Dropped.Length : rest.StartsWith("[|") ? 2 : markup.IndexOf(':', i) + 1 - i;
                if (!dropped)
                {
                    text.Append(markup, i, length);
                }

                i += length - 1;
                continue;
            }

            if ((rest.StartsWith("|]") || rest.StartsWith("|}")) && open.Count > 0)
            {
                if (open.Pop())
                {
                    text.Append(markup, i, 2);
                }

                i++;
                continue;
            }

            text.Append(markup[i]);
        }

        return text.ToString();
    }

    /// <summary>The opening of a finding's span: <c>[|</c>, or <c>{|KL1013:</c> naming its rule.</summary>
    [GeneratedRegex(@"\[\||\{\|(?<id>KL[0-9]{4}):")]
    internal static partial Regex Opening();
}
