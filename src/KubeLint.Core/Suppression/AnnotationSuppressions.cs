using KubeLint.Core.Model;
using KubeLint.Core.Text;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Suppression;

/// <summary>The <c>kubelint.io/ignore: "KL4001,KL4002"</c> annotation: on an object it covers the
/// object, on a pod template it covers the template.</summary>
internal static class AnnotationSuppressions
{
    public const string Annotation = "kubelint.io/ignore";

    public sealed record Region(SourceSpan Span, IReadOnlyList<string> RuleIds, string? Justification, YScalar Value)
    {
        public bool Covers(string ruleId, SourcePosition position) =>
            Span.Contains(position) && RuleIds.Any(id => id == "*" || string.Equals(id, ruleId, StringComparison.OrdinalIgnoreCase));
    }

    public static IEnumerable<Region> For(KubeObject obj)
    {
        if (Read(obj.Root, obj.Root.Span) is { } own)
        {
            yield return own;
        }

        foreach (var template in PodTemplates.TemplatesOf(obj.Root))
        {
            if (Read(template, template.Span) is { } region)
            {
                yield return region;
            }
        }
    }

    private static Region? Read(YMapping owner, SourceSpan span)
    {
        if (owner.GetMapping("metadata")?.GetMapping("annotations")?[Annotation] is not YScalar value || value.IsNull)
        {
            return null;
        }

        var text = value.Value;
        string? justification = null;
        var dashes = text.IndexOf("--", StringComparison.Ordinal);
        if (dashes >= 0)
        {
            justification = text[(dashes + 2)..].Trim();
            text = text[..dashes];
        }

        var ids = text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new Region(span, ids, justification, value);
    }
}
