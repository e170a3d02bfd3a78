using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Crd;

/// <summary>The sub-schemas a CRD schema check descends into (<c>properties</c>, <c>items</c>,
/// <c>additionalProperties</c>), with their paths, so that each check walks the schema the same way.</summary>
internal static class CrdSchemaChildren
{
    public static IEnumerable<(YMapping Schema, FieldPath Path)> Of(YMapping schema, FieldPath path)
    {
        foreach (var entry in schema.Entries)
        {
            switch (entry.Key.Value)
            {
                case "properties" when entry.Value is YMapping properties:
                    foreach (var property in properties.Entries)
                    {
                        if (property.Value is YMapping child)
                        {
                            yield return (child, path.Child("properties").Key(property.Key.Value));
                        }
                    }

                    break;
                case "items" or "additionalProperties" when entry.Value is YMapping child:
                    yield return (child, path.Child(entry.Key.Value));
                    break;
            }
        }
    }
}
