using KubeLint.Core.Yaml;

namespace KubeLint.Core.Api;

/// <summary>
/// What a property of a custom resource holds once the apiserver has defaulted it, before any validation
/// (apiextensions-apiserver pkg/apiserver/schema/defaulting/algorithm.go Default, after
/// prunenulls.go PruneNonNullableNullsWithoutDefaults): a missing property, or a null where the schema is not
/// <c>nullable</c>, takes the schema's <c>default</c>; a non-nullable null without one is dropped. Shared by the
/// CEL values (<see cref="CelValues"/>) and list-type uniqueness (<see cref="CustomResourceValueChecks"/>).
/// </summary>
internal static class SchemaDefaults
{
    /// <summary>The value the property has after defaulting: <paramref name="present"/> (null when the key is absent),
    /// the schema's default, or null when the property ends up absent.</summary>
    public static YNode? Effective(YNode? present, YMapping? propertySchema)
    {
        if (present is not null && !(present is YScalar { IsNull: true } && !YValues.IsTrue(propertySchema?["nullable"])))
        {
            return present;
        }

        // absent, or a null the schema does not allow: the default if there is one, else gone (present stays for a
        // null without a schema, which nothing prunes)
        return propertySchema?["default"] ?? (propertySchema is null ? present : null);
    }
}
