using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Api;

/// <summary>One served version of a custom resource, with its schema when the CRD gives one.</summary>
public sealed record CustomResourceVersion(KubeObject Definition, string Group, string Version, string Kind, YMapping? Schema);

/// <summary>The kinds that CustomResourceDefinitions among the inputs define (apiextensions v1 and v1beta1).</summary>
public sealed class CustomResourceIndex
{
    private readonly Dictionary<(string ApiVersion, string Kind), CustomResourceVersion> _versions = [];
    private readonly HashSet<(string Group, string Kind)> _kinds = [];

    public CustomResourceIndex(Workspace workspace)
    {
        foreach (var crd in workspace.OfKind("CustomResourceDefinition"))
        {
            if (crd.Group != "apiextensions.k8s.io" || crd.Root.GetMapping("spec") is not { } spec
                || spec.GetString("group") is not { } group || spec.MappingAt("names")?.GetString("kind") is not { } kind)
            {
                continue;
            }

            _kinds.Add((group, kind));

            // v1beta1: a top-level schema (spec.validation) for every version unless a version has its own.
            var shared = spec.MappingAt("validation.openAPIV3Schema");
            if (spec.GetString("version") is { } single)
            {
                Add(new CustomResourceVersion(crd, group, single, kind, shared));
            }

            foreach (var version in spec.GetSequence("versions")?.Mappings ?? [])
            {
                if (version.GetString("name") is { } name && version.GetString("served") != "false")
                {
                    Add(new CustomResourceVersion(crd, group, name, kind, version.MappingAt("schema.openAPIV3Schema") ?? shared));
                }
            }
        }
    }

    /// <summary>The CRD version that serves this apiVersion and kind, or null.</summary>
    public CustomResourceVersion? Find(string apiVersion, string kind) => _versions.GetValueOrDefault((apiVersion, kind));

    /// <summary>True when some CRD among the inputs defines this group and kind (whatever the version).</summary>
    public bool Defines(string group, string kind) => _kinds.Contains((group, kind));

    private void Add(CustomResourceVersion version) =>
        _versions[($"{version.Group}/{version.Version}", version.Kind)] = version;
}
