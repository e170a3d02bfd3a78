using KubeLint.Core.Fixes;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.Api;

/// <summary>
/// The edits that move an <c>extensions/v1beta1</c> or <c>networking.k8s.io/v1beta1</c> Ingress to
/// <c>networking.k8s.io/v1</c>, as the apiserver converts it (kubernetes/kubernetes
/// <c>pkg/apis/networking/v1beta1/conversion.go</c> and <c>pkg/apis/extensions/v1beta1/conversion.go</c>,
/// <c>Convert_v1beta1_IngressBackend_To_networking_IngressBackend</c>):
/// each backend's <c>serviceName</c>/<c>servicePort</c> become <c>service.name</c> and <c>service.port.number</c>
/// (an integer) or <c>service.port.name</c> (a plain name); <c>spec.backend</c> becomes <c>spec.defaultBackend</c>;
/// a path without <c>pathType</c> gets <c>ImplementationSpecific</c>, which v1 requires and v1beta1 defaulted to.
/// Null unless every edit can be made in whole lines of block mappings (each backend exactly those two keys on
/// consecutive lines of their own, each path item starting with <c>path:</c> on one line).
/// </summary>
internal static class IngressMigration
{
    private static readonly HashSet<string> From = new(StringComparer.Ordinal) { "extensions/v1beta1", "networking.k8s.io/v1beta1" };

    public const string To = "networking.k8s.io/v1";

    public static bool Applies(KubeObject obj, string replacement) => obj.Kind == "Ingress" && From.Contains(obj.ApiVersion) && replacement == To;

    public static IReadOnlyList<TextEdit>? Edits(FixContext context, KubeObject obj)
    {
        if (obj.Root.GetMapping("spec") is not { } spec || IsFlow(context, spec))
        {
            return null;
        }

        var edits = new List<TextEdit>();
        if (spec.TryGetEntry("backend", out var defaultBackend))
        {
            if (spec.TryGetEntry("defaultBackend", out _) || defaultBackend.Key.Style != YScalarStyle.Plain
                || Backend(context, defaultBackend, edits) is false)
            {
                return null;
            }

            edits.Add(context.Edit(defaultBackend.Key.Span, "defaultBackend"));
        }

        foreach (var rule in spec.GetSequence("rules")?.Items ?? [])
        {
            if (rule is not YMapping ruleMap || ruleMap.GetMapping("http")?.GetSequence("paths") is not { } paths)
            {
                continue;
            }

            foreach (var item in paths.Items)
            {
                if (item is not YMapping path || IsFlow(context, path) || !path.TryGetEntry("backend", out var backend)
                    || Backend(context, backend, edits) is false
                    || (!path.TryGetEntry("pathType", out _) && PathType(context, path, edits) is false))
                {
                    return null;
                }
            }
        }

        return edits;
    }

    /// <summary>Rewrites <c>serviceName</c>/<c>servicePort</c> into <c>service</c>; false when it cannot.</summary>
    private static bool Backend(FixContext context, YEntry backend, List<TextEdit> edits)
    {
        if (backend.Value is not YMapping map || IsFlow(context, map) || map.Count != 2
            || map["serviceName"] is not YScalar { IsNull: false } name || map["servicePort"] is not YScalar { IsNull: false } port)
        {
            return false;
        }

        var (first, second) = (map.Entries[0].Key, map.Entries[1].Key);
        var text = context.Text;
        if (second.Start.Line != first.Start.Line + 1 || !OwnLine(context, first, map.Entries[0].Value) || !OwnLine(context, second, map.Entries[1].Value)
            || !Simple(name) || !Simple(port))
        {
            return false;
        }

        // servicePort is an IntOrString: an integer is a port number, a string a port's name.
        var portKey = port.Style == YScalarStyle.Plain && int.TryParse(port.Value, out _) ? "number" : "name";
        if (portKey == "name" && int.TryParse(port.Value, out _))
        {
            return false; // "80" in quotes: a port named 80 is not a valid name, and not what was meant either
        }

        var indent = new string(' ', first.Start.Column - 1);
        var step = first.Start.Column - backend.Key.Start.Column;
        var unit = new string(' ', step > 0 ? step : 2);
        var nl = NewLineAfter(text, second.Start.Line);
        var from = text.GetLineStart(first.Start.Line);
        var to = Text.SourceOffsets.AfterLine(text, second.Start.Line);
        var last = to == text.Length && !text.EndsWith('\n') ? string.Empty : nl; // the last line had no line end
        var lines = $"{indent}service:{nl}{indent}{unit}name: {context.TextOf(name.Span)}{nl}{indent}{unit}port:{nl}{indent}{unit}{unit}{portKey}: {context.TextOf(port.Span)}{last}";
        edits.Add(context.Edit(from, to, lines));
        return true;
    }

    /// <summary>Adds <c>pathType: ImplementationSpecific</c> after the item's <c>path:</c> line; false when it cannot.</summary>
    private static bool PathType(FixContext context, YMapping path, List<TextEdit> edits)
    {
        var (key, value) = path.Entries[0];
        // The new line goes after the path line, so a comment at its end stays where it is.
        if (key.Value != "path" || value is not YScalar scalar || !Simple(scalar) || scalar.Span.End.Line != key.Start.Line
            || RestOfLine(context, scalar.Span.End) is var rest && rest.Trim().Length > 0 && !(rest[0] == ' ' && rest.TrimStart(' ')[0] == '#'))
        {
            return false;
        }

        var text = context.Text;
        var at = Text.SourceOffsets.AfterLine(text, key.Start.Line);
        var nl = NewLineAfter(text, key.Start.Line);
        var prefix = at == text.Length && !text.EndsWith('\n') ? nl : string.Empty; // the last line had no line end
        edits.Add(context.Edit(at, at, $"{prefix}{new string(' ', key.Start.Column - 1)}pathType: ImplementationSpecific{(prefix.Length > 0 ? string.Empty : nl)}"));
        return true;
    }

    /// <summary>A key alone on its line (only spaces before it) with a one-line scalar value and nothing after it.</summary>
    private static bool OwnLine(FixContext context, YScalar key, YNode value) =>
        !context.Text.GetLine(key.Start.Line)[..(key.Start.Column - 1)].ContainsAnyExcept(' ')
        && value is YScalar scalar && scalar.Span.End.Line == key.Start.Line && RestOfLine(context, scalar.Span.End).Trim().Length == 0;

    private static bool Simple(YScalar scalar) =>
        scalar.Style is YScalarStyle.Plain or YScalarStyle.SingleQuoted or YScalarStyle.DoubleQuoted && scalar.Span.Start.Line == scalar.Span.End.Line;

    private static ReadOnlySpan<char> RestOfLine(FixContext context, Text.SourcePosition end)
    {
        var line = context.Text.GetLine(end.Line);
        return line[Math.Min(end.Column - 1, line.Length)..];
    }

    private static bool IsFlow(FixContext context, YNode node)
    {
        var offset = context.OffsetOf(node.Span.Start);
        return offset < context.Text.Length && context.Text.CharAt(offset) is '{' or '[';
    }

    /// <summary>The line end after this line, or the file's first one for a last line without: CRLF files stay CRLF.</summary>
    private static string NewLineAfter(Text.SourceText text, int line)
    {
        var end = text.GetLineStart(line) + text.GetLine(line).Length;
        return end < text.Length ? (text.CharAt(end) == '\r' ? "\r\n" : "\n")
            : text.Contains("\r\n") ? "\r\n" : "\n";
    }
}
