using System.Collections.Immutable;
using KubeLint.Core.Fixes;

namespace KubeLint.Core.Rules.Network;

/// <summary>Fixes KL2009 by filling a DNS add-on placeholder with the cluster fact it stands for
/// (<see cref="PlaceholderFacts"/>), when the run knows that fact, or with the value <c>cluster.placeholders</c> gives it.</summary>
internal sealed class KL2009UnreplacedPlaceholderFixProvider : CodeFixProvider
{
    public const string FillKey = "KL2009.Fill";

    public override ImmutableArray<string> FixableDiagnosticIds => [KL2009UnreplacedPlaceholderAnalyzer.Rule.Id];

    public override IEnumerable<CodeFix> GetFixes(FixContext context)
    {
        var span = context.Diagnostic.Location.Span;
        var placeholder = context.TextOf(span);
        // The analyzer falls back to the whole scalar when it cannot find the placeholder in the source.
        if (span.Start.Line != span.End.Line || Placeholders.Find(placeholder) is not [{ Start: 0 } found] || found.Length != placeholder.Length
            || PlaceholderFacts.ValueFor(placeholder, context.Cluster) is not { } value)
        {
            yield break;
        }

        yield return new CodeFix($"Replace {placeholder} with {value} ({PlaceholderFacts.SourceOf(placeholder, context.Cluster)})", FillKey, [context.Edit(span, value)]);
    }
}
