using System.Globalization;
using KubeLint.Core.Api;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>
/// Equality of two trees as JSON values, the way kustomize compares them after converting YAML to JSON
/// (YAML 1.1 scalars, as sigs.k8s.io/yaml reads them): <c>3</c> equals <c>3.0</c>, <c>yes</c> equals <c>true</c>,
/// key order does not matter. JSON 6902's <c>test</c> uses it.
/// </summary>
internal static class NodeEquality
{
    public static bool JsonEquals(YNode a, YNode b, int depth = 0)
    {
        if (depth > StrategicMerger.MaxDepth)
        {
            return false;
        }

        switch (a, b)
        {
            case (YScalar x, YScalar y):
                return ScalarEquals(x, y);
            case (YSequence x, YSequence y):
                if (x.Count != y.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (!JsonEquals(x.Items[i], y.Items[i], depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case (YMapping x, YMapping y):
                if (x.Count != y.Count)
                {
                    return false;
                }

                var other = new Dictionary<string, YNode>(y.Count, StringComparer.Ordinal);
                foreach (var entry in y.Entries)
                {
                    other[entry.Key.Value] = entry.Value;
                }

                foreach (var entry in x.Entries)
                {
                    if (!other.TryGetValue(entry.Key.Value, out var value) || !JsonEquals(entry.Value, value, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static bool ScalarEquals(YScalar x, YScalar y)
    {
        var kx = ScalarKinds.Classify(x);
        var ky = ScalarKinds.Classify(y);
        if (kx is ScalarKind.Integer or ScalarKind.Float && ky is ScalarKind.Integer or ScalarKind.Float)
        {
            return Number(x.Value) is { } dx && Number(y.Value) is { } dy ? dx == dy : x.Value == y.Value;
        }

        if (kx != ky)
        {
            return false;
        }

        return kx switch
        {
            ScalarKind.Null => true,
            ScalarKind.Boolean => IsTrue(x.Value) == IsTrue(y.Value),
            _ => x.Value == y.Value,
        };
    }

    private static double? Number(string text) =>
        double.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool IsTrue(string text) => text is "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON";
}
