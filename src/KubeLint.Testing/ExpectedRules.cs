using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Testing;

/// <summary>The rules a test may expect: those of the analyzer under test (<see cref="Own"/>, which unnamed markup
/// means) and those of the analyzers run beside it (<see cref="AnalyzerTest.AdditionalAnalyzers"/>), by ID.</summary>
internal sealed record ExpectedRules(string Name, ImmutableDictionary<string, DiagnosticDescriptor> Own, ImmutableDictionary<string, DiagnosticDescriptor> All)
{
    /// <summary>The rules of <paramref name="analyzers"/>, the first the one under test; each must declare a rule,
    /// and no two the same one (the test could not tell whose finding it expects).</summary>
    public static ExpectedRules Of(IReadOnlyList<KubeAnalyzer> analyzers)
    {
        var own = ImmutableDictionary<string, DiagnosticDescriptor>.Empty;
        var all = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var analyzer in analyzers)
        {
            var name = analyzer.GetType().Name;
            var rules = Rules.Of(analyzer);
            foreach (var (id, descriptor) in rules)
            {
                if (!owners.TryAdd(id, name))
                {
                    throw new VerificationException($"{id} is declared by both {owners[id]} and {name}; run each analyzer once.");
                }

                all.Add(id, descriptor);
            }

            if (own.IsEmpty)
            {
                own = rules;
            }
        }

        return new ExpectedRules(string.Join(" + ", analyzers.Select(a => a.GetType().Name)), own, all.ToImmutable());
    }

    /// <summary>The rule an expectation means: the named one, which an analyzer of the test must report, or the
    /// only one of the analyzer under test.</summary>
    public DiagnosticDescriptor Resolve(string? id, string where)
    {
        if (id is null)
        {
            var first = Own.Keys.Order(StringComparer.Ordinal).First();
            return Own.Count == 1 ? Own.Values.Single()
                : throw new VerificationException($"{where} names no rule, and the analyzer has several ({string.Join(", ", Own.Keys.Order(StringComparer.Ordinal))}): name one, e.g. {{|{first}:…|}} or Diagnostic(\"{first}\").");
        }

        var who = All.Count == Own.Count ? "the analyzer does not report (its rules" : "no analyzer of the test reports (their rules";
        return All.TryGetValue(id, out var descriptor) ? descriptor
            : throw new VerificationException($"{where} expects {id}, which {who}: {string.Join(", ", All.Keys.Order(StringComparer.Ordinal))}).");
    }
}
