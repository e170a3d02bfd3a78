using KubeLint.Core.Text;

namespace KubeLint.Core.Suppression;

internal enum DirectiveKind
{
    DisableNextLine,
    DisableLine,
    Disable,
    Enable,
}

/// <summary>One <c># kubelint-…</c> comment. An empty <see cref="RuleIds"/> means every rule.</summary>
internal sealed record SuppressionDirective(DirectiveKind Kind, IReadOnlyList<(string Id, SourceSpan Span)> RuleIds, string? Justification, SourceSpan Span);
