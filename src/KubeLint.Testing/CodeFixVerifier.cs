using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using KubeLint.Core.Analysis;
using KubeLint.Core.Fixes;

namespace KubeLint.Testing;

/// <summary>
/// Code fix tests in the shape of Roslyn's <c>VerifyCodeFixAsync</c>: the input's findings are verified as
/// <see cref="AnalyzerVerifier{TAnalyzer}"/> does, then <typeparamref name="TFixProvider"/> fixes them as
/// <c>kubelint fix</c> would (every pass, for the rules it fixes) and each file must read as expected, byte
/// for byte (line breaks and BOM as <see cref="AnalyzerTest.NewLine"/> and <see cref="AnalyzerTest.Utf8Bom"/> say).
/// Fixing the fixed files again must change nothing. Internal, as the fix providers are: custom
/// rules cannot ship fixes yet, so only this repository's tests use it.
/// </summary>
[SuppressMessage("Design", "CA1000", Justification = "The type arguments are the analyzer and provider under test, as Roslyn's verifiers.")]
internal static class CodeFixVerifier<TAnalyzer, TFixProvider>
    where TAnalyzer : KubeAnalyzer, new()
    where TFixProvider : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic() => AnalyzerVerifier<TAnalyzer>.Diagnostic();

    public static DiagnosticResult Diagnostic(Core.Diagnostics.DiagnosticDescriptor descriptor) => AnalyzerVerifier<TAnalyzer>.Diagnostic(descriptor);

    public static DiagnosticResult Diagnostic(string ruleId) => AnalyzerVerifier<TAnalyzer>.Diagnostic(ruleId);

    /// <summary><paramref name="markup"/> is <c>manifest.yaml</c> before, <paramref name="fixedText"/> after.</summary>
    public static Task VerifyFixAsync(string markup, string fixedText, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { Sources = { ("manifest.yaml", markup) } };
        test.ExpectedDiagnostics.AddRange(expected);
        return VerifyFixAsync(test, [("manifest.yaml", fixedText)]);
    }

    /// <summary>Each of <paramref name="fixedSources"/> is a source file after the fix; a source not named must stay as it was.
    /// <paramref name="equivalenceKey"/> prefers that fix over the provider's default (<c>--comment</c>).</summary>
    public static Task VerifyFixAsync(AnalyzerTest test, IReadOnlyList<(string Path, string Text)> fixedSources, string? equivalenceKey = null)
    {
        try
        {
            Verify(test, fixedSources, equivalenceKey);
            return Task.CompletedTask;
        }
        catch (VerificationException e)
        {
            return Task.FromException(e);
        }
    }

    private static void Verify(AnalyzerTest test, IReadOnlyList<(string Path, string Text)> fixedSources, string? equivalenceKey)
    {
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(fixedSources);
        var provider = new TFixProvider();
        using var run = TestRun.Create(test, new TAnalyzer());
        var rules = Rules.Of(run.Options.AdditionalAnalyzers[0]);
        var fixable = provider.FixableDiagnosticIds.Where(rules.ContainsKey).ToHashSet(StringComparer.Ordinal);
        if (fixable.Count == 0)
        {
            throw new VerificationException($"{typeof(TFixProvider).Name} fixes none of {typeof(TAnalyzer).Name}'s rules ({string.Join(", ", rules.Keys)}).");
        }

        AnalyzerVerifier<TAnalyzer>.Verify(test, run);
        var options = new FixOptions
        {
            Rules = fixable,
            PreferredKeys = equivalenceKey is null ? [] : [equivalenceKey],
            ExtraProviders = [provider],
        };
        var fixedRun = new FixRunner().Run(run.Options, options);
        var report = new StringBuilder();
        if (!fixedRun.Converged)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"The fixes did not settle within {options.MaxPasses} passes.");
        }

        foreach (var file in fixedRun.Files.Where(f => f.NotApplied is not null))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{file.Path}: the fix was not applied: {file.NotApplied!.Message}");
        }

        var written = fixedRun.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var (path, _) in test.Sources)
        {
            // Bytes, not strings: a fix must keep the file's line breaks and BOM as they were.
            var before = File.ReadAllBytes(Path.Combine(run.Folder, path));
            var after = written.TryGetValue(path, out var file) ? file.Fixed : before;
            var expected = fixedSources.Any(f => f.Path == path) ? SourceEncoding.Encode(test, fixedSources.First(f => f.Path == path).Text) : before;
            if (SourceEncoding.Difference(path, expected, after) is { } difference)
            {
                report.AppendLine(difference);
            }
        }

        foreach (var missing in fixedSources.Where(f => !test.Sources.Any(s => s.Path == f.Path)))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{missing.Path} is expected after the fix but is not a source of the test.");
        }

        if (report.Length > 0)
        {
            throw new VerificationException(report.ToString().TrimEnd());
        }

        SecondPassChangesNothing(run, fixedRun.Files, options);
    }

    /// <summary>Fix All is idempotent: the fixed files, fixed again, stay as they are.</summary>
    private static void SecondPassChangesNothing(TestRun run, IReadOnlyList<FileFixes> files, FixOptions options)
    {
        foreach (var file in files.Where(f => f.Changed))
        {
            File.WriteAllBytes(file.FullPath, file.Fixed);
        }

        var again = new FixRunner().Run(run.Options, options).Files.Where(f => f.Changed).ToList();
        if (again.Count > 0)
        {
            throw new VerificationException("A second fix changes the fixed text again:" + Environment.NewLine
                + string.Join(Environment.NewLine, again.Select(f => $"--- {f.Path}{Environment.NewLine}{SourceEncoding.Decode(f.Fixed)}")));
        }
    }
}
