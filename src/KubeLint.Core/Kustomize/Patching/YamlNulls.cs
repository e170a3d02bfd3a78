using KubeLint.Core.Api;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

internal static class YamlNulls
{
    /// <summary>Absent, or a scalar YAML reads as null (<c>null</c>, <c>~</c>, empty, <c>!!null</c>): kyaml's IsMissingOrNull.</summary>
    public static bool IsMissingOrNull(YNode? node) =>
        node is null || (node is YScalar scalar && ScalarKinds.Classify(scalar) == ScalarKind.Null);

    public static string Describe(YNode node) => node switch
    {
        YMapping => "a mapping",
        YSequence => "a list",
        _ => "a scalar",
    };
}
