using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Api;

/// <summary>One served version of a custom resource, with its schema when the CRD gives one.</summary>
internal sealed record CustomResourceVersion(KubeObject Definition, string Group, string Version, string Kind, YMapping? Schema)
{
    /// <summary>Appended to every finding made from this schema, so that with two copies of a CRD among the
    /// inputs one sees which was used: <c> (schema of CustomResourceDefinition widgets.example.com, crd.yaml)</c>.</summary>
    public string SchemaSource => _schemaSource ??= $" (schema of CustomResourceDefinition {Definition.Name ?? "<unnamed>"}, {Definition.File.Path})";

    private string? _schemaSource;
}

/// <summary>
/// The kinds that CustomResourceDefinitions among the inputs define (apiextensions v1 and v1beta1).
/// When several CRDs define the same apiVersion and kind (an old <c>apiextensions.k8s.io/v1beta1</c>
/// copy beside the <c>v1</c> one), the one whose apiVersion the target serves wins, then the later one:
/// the apiserver of the target could only have been given that one.
/// </summary>
[ReadsWholeTrees("the schemas, CEL rules and served versions of CustomResourceDefinitions, which every custom resource is checked against")]
internal sealed class CustomResourceIndex
{
    private readonly Dictionary<(string ApiVersion, string Kind), IndexedVersion> _versions = [];
    private readonly Dictionary<(string Group, string Kind), List<DefinedVersion>> _kinds = [];

    public CustomResourceIndex(Workspace workspace, int minor)
    {
        foreach (var crd in workspace.OfKind("CustomResourceDefinition"))
        {
            if (crd.Group != "apiextensions.k8s.io" || crd.Root.GetMapping("spec") is not { } spec
                || spec.GetString("group") is not { } group || spec.MappingAt("names")?.GetString("kind") is not { } kind)
            {
                continue;
            }

            if (!_kinds.TryGetValue((group, kind), out var defined))
            {
                _kinds[(group, kind)] = defined = [];
            }

            // An apiVersion of the CRD the target does not serve (KL1006 says so) loses to one it does.
            var served = ApiCatalog.Default.Find(crd.ApiVersion, "CustomResourceDefinition")?.IsServedIn(minor) ?? false;

            // v1beta1: a top-level schema (spec.validation) for every version unless a version has its own.
            var shared = spec.MappingAt("validation.openAPIV3Schema");
            if (spec.GetString("version") is { } single)
            {
                Add(new CustomResourceVersion(crd, group, single, kind, shared), served);
                defined.Add(new DefinedVersion(crd, single, true));
            }

            foreach (var version in spec.GetSequence("versions")?.Mappings ?? [])
            {
                if (version.GetString("name") is { } name)
                {
                    var servedVersion = version.GetString("served") != "false";
                    defined.Add(new DefinedVersion(crd, name, servedVersion));
                    if (servedVersion)
                    {
                        Add(new CustomResourceVersion(crd, group, name, kind, version.MappingAt("schema.openAPIV3Schema") ?? shared), served);
                    }
                }
            }
        }
    }

    /// <summary>The CRD version that serves this apiVersion and kind, or null.</summary>
    public CustomResourceVersion? Find(string apiVersion, string kind) =>
        _versions.TryGetValue((apiVersion, kind), out var entry) ? entry.Version : null;

    /// <summary>True when some CRD among the inputs defines this group and kind (whatever the version).</summary>
    public bool Defines(string group, string kind) => _kinds.ContainsKey((group, kind));

    /// <summary>The versions that CRDs among the inputs list for this group and kind, served or not (empty when none defines it).</summary>
    public IReadOnlyList<DefinedVersion> VersionsOf(string group, string kind) =>
        _kinds.TryGetValue((group, kind), out var defined) ? defined : [];

    /// <summary>The kinds that CRDs among the inputs define in this group.</summary>
    public IEnumerable<string> KindsOf(string group)
    {
        foreach (var key in _kinds.Keys)
        {
            if (key.Group == group)
            {
                yield return key.Kind;
            }
        }
    }

    private void Add(CustomResourceVersion version, bool served)
    {
        var key = ($"{version.Group}/{version.Version}", version.Kind);
        if (_versions.TryGetValue(key, out var existing) && existing.Served && !served)
        {
            return;
        }

        _versions[key] = new IndexedVersion(version, served);
    }
}

/// <summary>A version that a CRD lists for its kind, and whether it says <c>served: true</c> (a v1beta1 <c>spec.version</c> is served).</summary>
internal sealed record DefinedVersion(KubeObject Definition, string Version, bool Served);

/// <summary>A CRD version in the index, and whether the target serves its CRD's apiVersion.</summary>
internal sealed record IndexedVersion(CustomResourceVersion Version, bool Served);
