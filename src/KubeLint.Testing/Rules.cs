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
}
