using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Scheduling;

/// <summary>
/// Pod (anti-)affinity terms and topology spread selectors as <c>pkg/apis/core/validation/validation.go</c> checks
/// them: <c>validatePodAffinity</c>, <c>validatePodAntiAffinity</c>, <c>validatePodAffinityTerm</c>,
/// <c>ValidatePodAffinityTermSelector</c>, <c>validateTopologySpreadConstraints</c>. Weights are KL1014's,
/// duplicate spread constraints KL1016's.
/// </summary>
internal static class PodAffinityChecks
{
    private const string File = "pkg/apis/core/validation/validation.go";

    /// <summary>Read at the 1.7–1.9 sources and today's (affinity is a pod spec field from 1.6).</summary>
    public static readonly ValidationSource Term = new(File, "validatePodAffinityTerm", Since: 7);

    /// <summary>
    /// Until 1.20 the term's label selector was validated under the path <c>…matchExpressions</c> (so an expression reads
    /// <c>…[0].matchExpressions.matchExpressions[0]</c>); from 1.21, when namespaceSelector came (kubernetes#98378, which added
    /// ValidatePodAffinityTermSelector), under <c>…labelSelector</c>.
    /// </summary>
    public const int LabelSelectorPathSince = 21;

    /// <summary>namespaceSelector: alpha and dropped in 1.21, beta (on) from 1.22.</summary>
    public static readonly ValidationSource NamespaceSelector = new(File, "ValidatePodAffinityTermSelector (namespaceSelector)", Since: 22);

    /// <summary>The spread constraints' labelSelector is validated on create from 1.28 at the latest (the
    /// AllowInvalidTopologySpreadConstraintLabelSelector option is in 1.28's PodValidationOptions; earlier minors not read).</summary>
    public static readonly ValidationSource SpreadSelector = new(File, "validateTopologySpreadConstraints (ValidateLabelSelector)", Since: 28);

    private static readonly string[] Kinds = ["podAffinity", "podAntiAffinity"];

    public static void Check(SchedulingWalk walk, YMapping affinity, FieldPath path)
    {
        if (!Term.AppliesTo(walk.Minor))
        {
            return;
        }

        foreach (var kind in Kinds)
        {
            if (affinity.GetMapping(kind) is not { } terms)
            {
                continue;
            }

            var kindPath = path.Child(kind);
            if (terms.GetSequence("requiredDuringSchedulingIgnoredDuringExecution") is { } required)
            {
                var listPath = kindPath.Child("requiredDuringSchedulingIgnoredDuringExecution");
                for (var i = 0; i < required.Count; i++)
                {
                    if (required.Items[i] is YMapping term)
                    {
                        AffinityTerm(walk, term, listPath.Index(i));
                    }
                }
            }

            if (terms.GetSequence("preferredDuringSchedulingIgnoredDuringExecution") is { } preferred)
            {
                var listPath = kindPath.Child("preferredDuringSchedulingIgnoredDuringExecution");
                for (var i = 0; i < preferred.Count; i++)
                {
                    if (preferred.Items[i] is YMapping weighted && weighted.GetMapping("podAffinityTerm") is { } term)
                    {
                        AffinityTerm(walk, term, listPath.Index(i).Child("podAffinityTerm"));
                    }
                }
            }
        }
    }

    public static void CheckSpread(SchedulingWalk walk, YSequence constraints, FieldPath listPath)
    {
        if (!SpreadSelector.AppliesTo(walk.Minor))
        {
            return;
        }

        for (var i = 0; i < constraints.Count; i++)
        {
            if (constraints.Items[i] is YMapping constraint && constraint.GetMapping("labelSelector") is { } selector)
            {
                LabelSelectorChecks.Check(walk, selector, listPath.Index(i).Child("labelSelector"), matchLabels: true);
            }
        }
    }

    private static void AffinityTerm(SchedulingWalk walk, YMapping term, FieldPath path)
    {
        if (term.GetMapping("labelSelector") is { } selector)
        {
            LabelSelectorChecks.Check(walk, selector, path.Child(walk.Minor >= LabelSelectorPathSince ? "labelSelector" : "matchExpressions"), matchLabels: true);
        }

        if (NamespaceSelector.AppliesTo(walk.Minor) && term.GetMapping("namespaceSelector") is { } namespaces)
        {
            LabelSelectorChecks.Check(walk, namespaces, path.Child("namespaceSelector"), matchLabels: true);
        }

        // Each namespace a DNS-1123 label; the apiserver reports them all at "namespace", without an index.
        if (term.GetSequence("namespaces") is { } names)
        {
            foreach (var item in names.Items)
            {
                if (SchedulingWalk.Text(item) is { } name && KubernetesNames.CheckDns1123Label(name.Value) is { } reason)
                {
                    walk.Add(ApiserverProblem.InvalidName, name, path.Child("namespace"), $"Invalid value: \"{name.Value}\": {reason}", "name a namespace as kubectl get namespaces shows it");
                }
            }
        }

        // An empty topologyKey is left alone: which minors refuse it for which terms changed, and was not read for each.
        if (SchedulingWalk.Text(term["topologyKey"]) is { Value.Length: > 0 } topologyKey && KubernetesNames.CheckQualifiedName(topologyKey.Value) is { } keyReason)
        {
            walk.Add(ApiserverProblem.InvalidName, topologyKey, path.Child("topologyKey"), $"Invalid value: \"{topologyKey.Value}\": {keyReason}",
                "use a node label key, e.g. kubernetes.io/hostname or topology.kubernetes.io/zone");
        }
    }
}
