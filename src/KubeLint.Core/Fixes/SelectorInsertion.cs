using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Fixes;

/// <summary>
/// Writes the <c>spec.selector.matchLabels</c> that <c>apps/v1</c> requires of a workload, from its template's
/// labels: what the old versions defaulted an unset selector to (kubernetes/kubernetes
/// <c>pkg/apis/extensions/v1beta1/defaults.go</c>: <c>SetDefaults_Deployment</c>, <c>SetDefaults_ReplicaSet</c>,
/// <c>SetDefaults_DaemonSet</c>), so the object selects the same pods after the move. The lines go before the <c>template</c> key, at its indentation; each label is
/// copied as written (its quotes kept; a flow mapping's entries become block lines). Null when that cannot be done in whole lines: a flow <c>spec</c> or
/// <c>template</c>, a <c>selector</c> key already there, labels that are not one-line scalars.
/// </summary>
internal static class SelectorInsertion
{
    public static TextEdit? For(FixContext context, KubeObject obj)
    {
        if (obj.Root.GetMapping("spec") is not { } spec || spec.TryGetEntry("selector", out _)
            || !spec.TryGetEntry("template", out var template) || template.Value is not YMapping templateMap
            || templateMap.GetMapping("metadata") is not { Count: > 0 } metadata
            || metadata.GetMapping("labels") is not { Count: > 0 } labels
            || IsFlow(context, spec) || IsFlow(context, templateMap))
        {
            return null;
        }

        var text = context.Text;
        var key = template.Key;
        var line = text.GetLine(key.Start.Line);
        if (line[..(key.Start.Column - 1)].ContainsAnyExcept(' '))
        {
            return null;
        }

        var indent = new string(' ', key.Start.Column - 1);
        var step = templateMap.Entries[0].Key.Start.Column - key.Start.Column;
        var unit = new string(' ', step > 0 ? step : 2);
        var lineStart = text.GetLineStart(key.Start.Line);
        var newLine = NewLineOf(text, lineStart + line.Length);

        var lines = new System.Text.StringBuilder();
        lines.Append(indent).Append("selector:").Append(newLine);
        lines.Append(indent).Append(unit).Append("matchLabels:").Append(newLine);
        foreach (var (labelKey, labelValue) in labels.Entries)
        {
            if (labelValue is not YScalar { IsNull: false } value || value.Style is not (YScalarStyle.Plain or YScalarStyle.SingleQuoted or YScalarStyle.DoubleQuoted)
                || labelKey.Style is not (YScalarStyle.Plain or YScalarStyle.SingleQuoted or YScalarStyle.DoubleQuoted)
                || labelKey.Start.Line != value.Span.End.Line)
            {
                return null;
            }

            lines.Append(indent).Append(unit).Append(unit)
                .Append(context.TextOf(labelKey.Span)).Append(": ").Append(context.TextOf(value.Span)).Append(newLine);
        }

        return context.Edit(lineStart, lineStart, lines.ToString());
    }

    private static bool IsFlow(FixContext context, YNode node)
    {
        var offset = context.OffsetOf(node.Span.Start);
        return offset < context.Text.Length && context.Text.CharAt(offset) is '{' or '[';
    }

    /// <summary>The line end the file uses after this line (CRLF files stay CRLF).</summary>
    private static string NewLineOf(Text.SourceText text, int endOfLine) =>
        endOfLine < text.Length && text.CharAt(endOfLine) == '\r' ? "\r\n" : "\n";
}
