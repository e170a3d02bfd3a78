using System.Collections.Immutable;
using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Testing;

/// <summary>The rules an analyzer declares, by ID.</summary>
internal static class Rules
{
    public static ImmutableDictionary<string, DiagnosticDescriptor> Of(KubeAnalyzer analyzer)
    {
        var rules = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var descriptor in analyzer.SupportedDiagnostics)
        {
            rules.TryAdd(descriptor.Id, descriptor);
        }

        if (rules.Count == 0)
        {
            throw new VerificationException($"{analyzer.GetType().Name} declares no rule (SupportedDiagnostics is empty).");
        }

        return rules.ToImmutable();
    }

    /// <summary>The rule an expectation means: the named one, which the analyzer must report, or the analyzer's only one.</summary>
    public static DiagnosticDescriptor Resolve(ImmutableDictionary<string, DiagnosticDescriptor> rules, string? id, string where)
    {
        if (id is null)
        {
            return rules.Count == 1 ? rules.Values.Single()
                : throw new VerificationException($"{where} names no rule, and the analyzer has several ({string.Join(", ", rules.Keys.Order(StringComparer.Ordinal))}): name one, e.g. {{|{rules.Keys.Order(StringComparer.Ordinal).First()}:…|}} or Diagnostic(\"{rules.Keys.Order(StringComparer.Ordinal).First()}\").");
        }

        return rules.TryGetValue(id, out var descriptor) ? descriptor
            : throw new VerificationException($"{where} expects {id}, which the analyzer does not report (its rules: {string.Join(", ", rules.Keys.Order(StringComparer.Ordinal))}).");
    }
}
