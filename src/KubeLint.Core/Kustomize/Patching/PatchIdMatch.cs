using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>
/// The object a strategic merge patch without a target applies to: the one object whose group, version, kind, name
/// and effective namespace equal the patch's own (kubernetes-sigs/kustomize api/internal/builtins/PatchTransformer.go,
/// transformStrategicMerge, m.GetById(patch.OrgId()); api/resmap/reswrangler.go, GetById and demandOneMatch; an
/// object matches by its original id or its current one). None, or more than one, is an error kustomize stops on.
/// </summary>
internal static class PatchIdMatch
{
    /// <summary>The index of the one matching candidate, or -1 with <paramref name="error"/> set (at the patch).</summary>
    public static int Find(YMapping patch, IReadOnlyList<PatchCandidate> candidates, out PatchError? error)
    {
        error = null;
        var own = PatchCandidate.Of(patch);
        if (own.Kind.Length == 0 || own.Name.Length == 0)
        {
            error = new PatchError("a strategic merge patch without a target must name its object: apiVersion, kind and metadata.name", patch);
            return -1;
        }

        var found = -1;
        var count = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.ApiVersion != own.ApiVersion || candidate.Kind != own.Kind)
            {
                continue;
            }

            var ns = PatchCandidate.EffectiveNamespace(own.Namespace, candidate.IsClusterScoped);
            var original = candidate.OriginalName ?? candidate.Name;
            var originalNs = PatchCandidate.EffectiveNamespace(candidate.OriginalNamespace ?? candidate.Namespace, candidate.IsClusterScoped);
            var currentNs = PatchCandidate.EffectiveNamespace(candidate.Namespace, candidate.IsClusterScoped);
            if ((original == own.Name && originalNs == ns) || (candidate.Name == own.Name && currentNs == ns))
            {
                found = count++ == 0 ? i : found;
            }
        }

        if (count == 1)
        {
            return found;
        }

        var id = $"{own.ApiVersion} {own.Kind} {own.Name}" + (own.Namespace is { Length: > 0 } n ? $" in namespace {n}" : string.Empty);
        error = new PatchError(
            count == 0 ? $"no resource matches the patch's {id}" : $"{count} resources match the patch's {id}; a patch without a target must match one",
            patch.GetMapping("metadata")?["name"] ?? patch);
        return -1;
    }
}
