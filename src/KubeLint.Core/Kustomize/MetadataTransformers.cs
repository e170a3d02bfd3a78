using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize;

/// <summary>
/// <c>commonLabels</c>, <c>labels</c> and <c>commonAnnotations</c> (kustomize's LabelTransformer and
/// AnnotationsTransformer, api/builtins: each label goes to every field spec that applies to the object, created
/// where the spec says so).
/// </summary>
internal static class MetadataTransformers
{
    public static void Apply(IEnumerable<BuiltResource> resources, IReadOnlyList<YEntry> entries, FieldSpec[][] specSets, Introduced from)
    {
        if (entries.Count == 0)
        {
            return;
        }

        foreach (var resource in resources)
        {
            foreach (var specs in specSets)
            {
                foreach (var spec in specs)
                {
                    if (spec.AppliesTo(resource))
                    {
                        TreeEdit.At(resource, spec.Path, TreeEdit.SetEntries(resource, entries, from), spec.Create ? from : null);
                    }
                }
            }
        }
    }

    /// <summary>The string entries of a kustomization map (<c>commonLabels: {app: web}</c>).</summary>
    public static List<YEntry> Entries(YMapping? map)
    {
        var entries = new List<YEntry>();
        if (map is not null)
        {
            foreach (var entry in map.Entries)
            {
                if (entry.Value is YScalar)
                {
                    entries.Add(entry);
                }
            }
        }

        return entries;
    }
}
