using System.Collections.Immutable;
using KubeLint.Core.Diagnostics;

namespace KubeLint.Core.Analysis;

/// <summary>
/// The base of every rule, built-in or custom: declare the diagnostics it can report, and
/// register actions in <see cref="Initialize"/>. The engine calls actions concurrently, so an
/// analyzer keeps no mutable state outside its actions.
/// </summary>
public abstract class KubeAnalyzer
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public abstract void Initialize(AnalysisContext context);
}
