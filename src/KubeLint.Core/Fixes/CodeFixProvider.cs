using System.Collections.Immutable;

namespace KubeLint.Core.Fixes;

/// <summary>
/// Fixes the findings of some rules, as Roslyn's <c>CodeFixProvider</c>: declared beside the analyzer
/// that reports them and looked up by <see cref="FixableDiagnosticIds"/>, so that analyzers stay pure.
/// A provider offers a fix only when it is certain; none is better than a guess.
/// </summary>
internal abstract class CodeFixProvider
{
    public abstract ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <summary>The fixes for one finding, the default first; empty when no fix is safe.</summary>
    public abstract IEnumerable<CodeFix> GetFixes(FixContext context);
}
