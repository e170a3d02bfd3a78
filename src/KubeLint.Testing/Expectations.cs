using KubeLint.Core.Diagnostics;
using KubeLint.Core.Text;

namespace KubeLint.Testing;

/// <summary>One expected finding with everything resolved: its rule, its file and span.</summary>
internal sealed record Expectation(DiagnosticDescriptor Rule, string Path, SourceSpan Span, string? Message, DiagnosticSeverity? Severity)
{
    public override string ToString() => $"{Rule.Id} {Path}({Span.Start.Line},{Span.Start.Column},{Span.End.Line},{Span.End.Column})";
}

/// <summary>Turns a test's markup and <see cref="DiagnosticResult"/>s into <see cref="Expectation"/>s.</summary>
internal static class Expectations
{
    public static List<Expectation> Resolve(
        ExpectedRules rules,
        AnalyzerTest test,
        List<(string Path, List<TestMarkup.Span> Spans)> markup)
    {
        var expected = new List<Expectation>();
        var keyed = new Dictionary<int, (string Path, SourceSpan Span)>();
        foreach (var (path, spans) in markup)
        {
            foreach (var span in spans)
            {
                if (span.Key is { } key)
                {
                    if (!keyed.TryAdd(key, (path, span.Range)))
                    {
                        throw new VerificationException($"Markup {{|#{key}:…|}} appears twice ({keyed[key].Path}, {path}).");
                    }

                    continue;
                }

                var where = $"Markup at {path}({span.Range.Start.Line},{span.Range.Start.Column})";
                expected.Add(new Expectation(rules.Resolve(span.RuleId, where), path, span.Range, null, null));
            }
        }

        var used = new HashSet<int>();
        foreach (var result in test.ExpectedDiagnostics)
        {
            var rule = rules.Resolve(result.Id, $"Expected diagnostic {result}");
            if (result.Descriptor is not null && !ReferenceEquals(result.Descriptor, rule) && result.Descriptor.MessageFormat != rule.MessageFormat)
            {
                throw new VerificationException($"Expected diagnostic {result} names a descriptor {result.Id} that is not the one its analyzer declares.");
            }

            var (path, span) = result switch
            {
                { MarkupKey: { } key } => keyed.TryGetValue(key, out var at) ? at
                    : throw new VerificationException($"Expected diagnostic {result} refers to {{|#{key}:…|}}, which no file marks."),
                { Span: { } range } => (result.Path ?? test.Sources[0].Path, range),
                _ => throw new VerificationException($"Expected diagnostic {result} has no location: add .WithLocation(n) or .WithSpan(…)."),
            };
            if (result.MarkupKey is { } usedKey)
            {
                used.Add(usedKey);
            }

            expected.Add(new Expectation(rule, path, span, result.ExpectedMessage(rule), result.Severity));
        }

        var unused = keyed.Keys.Where(k => !used.Contains(k)).Order().ToList();
        if (unused.Count > 0)
        {
            throw new VerificationException($"Markup {string.Join(", ", unused.Select(k => $"{{|#{k}:…|}}"))} is marked but no expected diagnostic refers to it.");
        }

        return expected;
    }
}
