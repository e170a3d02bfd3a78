using YamlDotNet.RepresentationModel;

namespace KubeLint.SchemaGen;

internal sealed record Deprecation(string? DeprecatedIn, string? RemovedIn, string? Replacement, string? ReplacementAvailableIn);

/// <summary>Reads pluto's <c>versions.yaml</c>: the <c>component: k8s</c> entries, versions as minors (<c>v1.16.0</c> → <c>1.16</c>).</summary>
internal static class DeprecationTable
{
    public static SortedDictionary<string, Deprecation> Read(string path)
    {
        var result = new SortedDictionary<string, Deprecation>(StringComparer.Ordinal);
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var entry in ((YamlSequenceNode)root.Children[new YamlScalarNode("deprecated-versions")]).Children.OfType<YamlMappingNode>())
        {
            string? Get(string key) =>
                entry.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text } ? text : null;

            if (Get("component") != "k8s" || Get("version") is not { } apiVersion || Get("kind") is not { } kind)
            {
                continue;
            }

            result[$"{apiVersion} {kind}"] = new Deprecation(Minor(Get("deprecated-in")), Minor(Get("removed-in")), Get("replacement-api"), Minor(Get("replacement-available-in")));
        }

        return result;
    }

    private static string? Minor(string? version)
    {
        if (string.IsNullOrEmpty(version))
        {
            return null;
        }

        var parts = version.TrimStart('v').Split('.');
        return parts.Length >= 2 ? $"{parts[0]}.{parts[1]}" : version;
    }
}
