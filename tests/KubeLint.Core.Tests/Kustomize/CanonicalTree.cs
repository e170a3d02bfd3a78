using System.Globalization;
using System.Text;
using KubeLint.Core.Api;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Kustomize;

/// <summary>A YAML tree as the JSON kubectl would send (keys sorted, scalars typed as YAML 1.1 reads them: a plain
/// <c>8080</c> a number, <c>"8080"</c> a string), so that two trees compare whatever their styles and key order.</summary>
public static class CanonicalTree
{
    public static string Of(YNode? node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    private static void Write(StringBuilder text, YNode? node)
    {
        switch (node)
        {
            case YMapping mapping:
                text.Append('{');
                foreach (var entry in mapping.Entries.OrderBy(e => e.Key.Value, StringComparer.Ordinal))
                {
                    text.Append(entry.Key.Value).Append(':');
                    Write(text, entry.Value);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case YSequence sequence:
                text.Append('[');
                foreach (var item in sequence.Items)
                {
                    Write(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case YScalar scalar:
                text.Append(ScalarKinds.Classify(scalar) switch
                {
                    ScalarKind.Integer or ScalarKind.Float => "n:" + double.Parse(scalar.Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
                    ScalarKind.Boolean => "b:" + scalar.Value.ToLowerInvariant(),
                    ScalarKind.Null => "null",
                    _ => "s:" + System.Text.Json.JsonSerializer.Serialize(scalar.Value),
                });
                break;
            default:
                text.Append("null");
                break;
        }
    }
}
