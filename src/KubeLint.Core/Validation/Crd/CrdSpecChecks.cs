using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Crd;

/// <summary>
/// What a CustomResourceDefinition (v1 and v1beta1) must say outside its schema at create, read from
/// apiextensions-apiserver pkg/apis/apiextensions/validation/validation.go: ValidateCustomResourceDefinition (the name
/// is <c>&lt;plural&gt;.&lt;group&gt;</c>), ValidateCustomResourceDefinitionSpec (a group with a dot, a known scope, unique
/// version names that are DNS-1035 labels, exactly one storage version) and ValidateCustomResourceDefinitionNames
/// (plural, singular, short names and categories DNS-1035 labels; kind and listKind the same in lower case, and not
/// equal). Reported by KL1020. Empty or missing fields are left out: the schema requires them (KL1005) or the
/// apiserver defaults them (singular, listKind: SetDefaults_CustomResourceDefinitionSpec).
/// </summary>
internal static class CrdSpecChecks
{
    /// <summary>Read in the 1.11 source (the first with spec.versions) and unchanged since; older minors are not claimed.</summary>
    public static readonly ValidationSource Source = new("staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation/validation.go", "ValidateCustomResourceDefinition, ValidateCustomResourceDefinitionSpec, ValidateCustomResourceDefinitionNames", Since: 11);

    /// <summary>The schema and conversion checks, read in the 1.16 source (apiextensions v1, conversion webhooks GA); not claimed before.</summary>
    public static readonly ValidationSource LaterSource = new("staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation/validation.go", "validateCustomResourceDefinitionSpec (requireOpenAPISchema), validateCustomResourceConversion", Since: 16);

    private const string Dns1035 = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";

    public static void Check(KubeObject crd, int minor, List<CrdSchemaProblem> problems)
    {
        if (crd.Root.GetMapping("spec") is not { } spec)
        {
            return;
        }

        var specPath = FieldPath.Root("spec");
        var group = Written(spec, "group");
        if (group is not null)
        {
            if (KubernetesNames.CheckDns1123Subdomain(group.Value) is not null)
            {
                problems.Add(new(group, specPath.Child("group"), $"Invalid value: \"{group.Value}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character", "use a DNS domain you own, such as example.com"));
            }
            else if (!group.Value.Contains('.', StringComparison.Ordinal))
            {
                problems.Add(new(group, specPath.Child("group"), $"Invalid value: \"{group.Value}\": should be a domain with at least one dot", $"use a domain with a dot, such as {group.Value}.example.com"));
            }
        }

        if (Written(spec, "scope") is { } scope && scope.Value is not ("Cluster" or "Namespaced"))
        {
            problems.Add(new(scope, specPath.Child("scope"), $"Unsupported value: \"{scope.Value}\": supported values: \"Cluster\", \"Namespaced\"", "use Namespaced or Cluster (the case counts)"));
        }

        var names = spec.GetMapping("names");
        var plural = names is null ? null : Written(names, "plural");
        if (names is not null)
        {
            Names(names, specPath.Child("names"), problems);
        }

        // The name check needs both parts written; a name built by a tool's placeholder is left alone.
        if (plural is not null && group is not null && crd.Root.GetMapping("metadata") is { } metadata && Written(metadata, "name") is { } name
            && name.Value != $"{plural.Value}.{group.Value}")
        {
            problems.Add(new(name, FieldPath.Parse("metadata.name"), $"Invalid value: \"{name.Value}\": must be spec.names.plural+\".\"+spec.group", $"name it {plural.Value}.{group.Value}"));
        }

        if (spec.TryGetEntry("versions", out var versionsEntry) && versionsEntry.Value is YSequence { Count: > 0 } versions)
        {
            Versions(versions, versionsEntry.Key, specPath.Child("versions"), problems);
            SingleVersion(spec, versions, specPath, problems);
            if (crd.ApiVersion == "apiextensions.k8s.io/v1" && LaterSource.AppliesTo(minor))
            {
                Schemas(versions, specPath.Child("versions"), problems);
            }
        }

        if (spec.TryGetEntry("conversion", out var conversionEntry) && conversionEntry.Value is YMapping conversion && LaterSource.AppliesTo(minor))
        {
            CrdConversionChecks.Check(crd, spec, conversionEntry.Key, conversion, specPath.Child("conversion"), problems);
        }
    }

    // validateCustomResourceDefinitionSpec with requireOpenAPISchema (true at create of a v1 CRD, which has no top-level
    // spec.validation): every version, served or not, needs its own schema. v1beta1 CRDs may go without.
    private static void Schemas(YSequence versions, FieldPath path, List<CrdSchemaProblem> problems)
    {
        for (var i = 0; i < versions.Count; i++)
        {
            if (versions.Items[i] is not YMapping version || version["schema"] is YScalar { IsNull: false } || HasPlaceholder(version))
            {
                continue;
            }

            var holder = version.GetMapping("schema");
            if (holder?["openAPIV3Schema"] is YMapping or YScalar { IsNull: false })
            {
                continue;
            }

            // The finding sits on the key of the mapping that lacks the schema: schema:, else the version's first key.
            YNode at = (YNode?)version.GetKey("schema") ?? (version.Count > 0 ? version.Entries[0].Key : version);
            problems.Add(new(at, path.Index(i).Child("schema").Child("openAPIV3Schema"), "Required value: schemas are required",
                "give the version a schema (schema: {openAPIV3Schema: {type: object, …}}), or x-kubernetes-preserve-unknown-fields: true to keep any field"));
        }
    }

    // A v1beta1 spec.version names the first of spec.versions (SetDefaults_CustomResourceDefinitionSpec copies it there
    // when versions is empty). A single entry is not reported: older minors compared only from two entries on.
    private static void SingleVersion(YMapping spec, YSequence versions, FieldPath path, List<CrdSchemaProblem> problems)
    {
        if (Written(spec, "version") is { } single && versions.Count > 1 && versions.Items[0] is YMapping first
            && Written(first, "name") is { } firstName && firstName.Value != single.Value)
        {
            problems.Add(new(single, path.Child("version"), $"Invalid value: \"{single.Value}\": must match the first version in spec.versions", $"write version: {firstName.Value}, or list {single.Value} first"));
        }
    }

    private static bool HasPlaceholder(YMapping version)
    {
        foreach (var entry in version.Entries)
        {
            if (entry.Value is YScalar scalar && YValues.IsPlaceholder(scalar.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static void Versions(YSequence versions, YScalar key, FieldPath path, List<CrdSchemaProblem> problems)
    {
        var storage = 0;
        var unknown = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < versions.Count; i++)
        {
            if (versions.Items[i] is not YMapping version)
            {
                unknown = true;
                continue;
            }

            if (version["storage"] is YScalar flag)
            {
                unknown |= YValues.IsPlaceholder(flag.Value);
                storage += YValues.IsTrue(flag) ? 1 : 0;
            }

            if (Written(version, "name") is not { } name)
            {
                continue;
            }

            if (KubernetesNames.CheckDns1035Label(name.Value) is not null)
            {
                problems.Add(new(name, path.Index(i).Child("name"), $"Invalid value: \"{name.Value}\": {Dns1035}", "name versions like v1, v1beta1 or v2alpha1"));
            }

            if (!seen.Add(name.Value))
            {
                problems.Add(new(name, path, $"Invalid value: …: must contain unique version names (\"{name.Value}\" again)", "list each version once"));
            }
        }

        if (storage != 1 && !unknown)
        {
            problems.Add(new(key, path, "Invalid value: …: must have exactly one version marked as storage version", storage == 0 ? "mark one version storage: true" : "keep storage: true on one version only"));
        }
    }

    private static void Names(YMapping names, FieldPath path, List<CrdSchemaProblem> problems)
    {
        foreach (var field in (ReadOnlySpan<string>)["plural", "singular"])
        {
            if (Written(names, field) is { } value && KubernetesNames.CheckDns1035Label(value.Value) is not null)
            {
                problems.Add(new(value, path.Child(field), $"Invalid value: \"{value.Value}\": {Dns1035}", $"write the {field} name in lower case, e.g. widgets"));
            }
        }

        var kind = Written(names, "kind");
        foreach (var field in (ReadOnlySpan<string>)["kind", "listKind"])
        {
            if (Written(names, field) is { } value && KubernetesNames.CheckDns1035Label(value.Value.ToLowerInvariant()) is not null)
            {
                problems.Add(new(value, path.Child(field), $"Invalid value: \"{value.Value}\": may have mixed case, but should otherwise match: {Dns1035}", "use a CamelCase name of letters and digits that starts with a letter, e.g. Widget"));
            }
        }

        if (kind is not null && Written(names, "listKind") is { } listKind && listKind.Value == kind.Value)
        {
            problems.Add(new(listKind, path.Child("listKind"), $"Invalid value: \"{listKind.Value}\": kind and listKind may not be the same", $"use {kind.Value}List"));
        }

        foreach (var field in (ReadOnlySpan<string>)["shortNames", "categories"])
        {
            var items = names.GetSequence(field);
            for (var i = 0; i < (items?.Count ?? 0); i++)
            {
                if (items!.Items[i] is YScalar { IsNull: false } item && !YValues.IsPlaceholder(item.Value) && KubernetesNames.CheckDns1035Label(item.Value) is not null)
                {
                    problems.Add(new(item, path.Child(field).Index(i), $"Invalid value: \"{item.Value}\": {Dns1035}", "use lower-case letters, digits and '-', starting with a letter"));
                }
            }
        }
    }

    /// <summary>A written, non-empty, non-placeholder string field.</summary>
    internal static YScalar? Written(YMapping owner, string field) =>
        owner[field] is YScalar { IsNull: false } scalar && scalar.Value.Length > 0 && !YValues.IsPlaceholder(scalar.Value) ? scalar : null;
}
