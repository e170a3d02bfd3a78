using KubeLint.Core.Analysis;
using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation.Scheduling;

/// <summary>
/// The apiserver's checks of label selectors, tolerations, node selectors and affinity, shared by the rules of
/// each class (KL1011 required, KL1012 keys and names, KL1013 values, KL1015 forbidden, KL1017 inconsistent):
/// each rule registers <see cref="Report"/> for <see cref="Kinds"/> with its own class.
/// </summary>
internal static class SchedulingChecks
{
    /// <summary>The kinds with a validated label selector or pod spec.</summary>
    public static readonly string[] Kinds =
        ["Pod", "PodTemplate", "ReplicationController", "Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "Job", "CronJob", "PodDisruptionBudget", "NetworkPolicy"];

    private static readonly FieldPath Selector = FieldPath.Parse("spec.selector");

    /// <summary>Reports the findings of <paramref name="problem"/>'s class with <paramref name="rule"/>.</summary>
    public static void Report(ObjectAnalysisContext ctx, DiagnosticDescriptor rule, ApiserverProblem problem)
    {
        foreach (var finding in Of(ctx.Object, ctx.TargetMinor(), problem))
        {
            if (finding.Related is { } related)
            {
                ctx.Report(rule, finding.Node, finding.Path, finding.Wording, finding.Fix, related);
            }
            else
            {
                ctx.Report(rule, finding.Node, finding.Path, finding.Wording, finding.Fix);
            }
        }
    }

    /// <summary>The rejections of <paramref name="wanted"/>'s class in <paramref name="obj"/> at <paramref name="minor"/>.</summary>
    public static List<SchedulingFinding> Of(KubeObject obj, int minor, ApiserverProblem wanted)
    {
        var walk = new SchedulingWalk(wanted, minor);

        // A workload's or budget's spec.selector (ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidateDaemonSetSpec,
        // ValidateStatefulSetSpec, validateJobSpec, ValidatePodDisruptionBudgetSpec all call ValidateLabelSelector).
        // Its matchLabels are KL0005's; an empty selector KL3003's.
        if (HasValidatedSelector(obj) && obj.Root.MappingAt("spec.selector") is { } selector)
        {
            LabelSelectorChecks.Check(walk, selector, Selector, matchLabels: false);
        }

        if (obj.Kind == "NetworkPolicy" && obj.Group is "networking.k8s.io" or "extensions" && obj.Root.GetMapping("spec") is { } policy)
        {
            NetworkPolicySelectors(walk, policy);
        }

        foreach (var spec in PodSpecPaths.ValidatedOf(obj))
        {
            PodSpec(walk, spec);
        }

        return walk.Findings;
    }

    /// <summary>
    /// pkg/apis/networking/validation/validation.go: ValidateNetworkPolicySpec validates spec.podSelector and, through
    /// ValidateNetworkPolicyPeer, each from/to peer's podSelector and namespaceSelector as label selectors.
    /// </summary>
    private static void NetworkPolicySelectors(SchedulingWalk walk, YMapping spec)
    {
        var specPath = FieldPath.Root("spec");
        if (spec.GetMapping("podSelector") is { } podSelector)
        {
            LabelSelectorChecks.Check(walk, podSelector, specPath.Child("podSelector"), matchLabels: true);
        }

        foreach (var (rulesKey, peersKey) in (ReadOnlySpan<(string, string)>)[("ingress", "from"), ("egress", "to")])
        {
            var rules = spec.GetSequence(rulesKey);
            for (var i = 0; i < (rules?.Count ?? 0); i++)
            {
                if (rules!.Items[i] is not YMapping rule || rule.GetSequence(peersKey) is not { } peers)
                {
                    continue;
                }

                var peersPath = specPath.Child(rulesKey).Index(i).Child(peersKey);
                for (var j = 0; j < peers.Count; j++)
                {
                    foreach (var selectorKey in (ReadOnlySpan<string>)["podSelector", "namespaceSelector"])
                    {
                        if (peers.Items[j] is YMapping peer && peer.GetMapping(selectorKey) is { } selector)
                        {
                            LabelSelectorChecks.Check(walk, selector, peersPath.Index(j).Child(selectorKey), matchLabels: true);
                        }
                    }
                }
            }
        }
    }

    private static bool HasValidatedSelector(KubeObject obj) => obj.Kind switch
    {
        "Deployment" or "ReplicaSet" or "DaemonSet" or "StatefulSet" => obj.Group is "apps" or "extensions",
        "Job" => obj.Group == "batch",
        "PodDisruptionBudget" => obj.Group == "policy",
        _ => false,
    };

    private static void PodSpec(SchedulingWalk walk, PodSpecAt spec)
    {
        var pod = spec.Spec;
        if (pod.GetSequence("tolerations") is { } tolerations)
        {
            TolerationChecks.Check(walk, tolerations, spec.Path.Child("tolerations"));
        }

        if (pod.GetMapping("nodeSelector") is { } nodeSelector)
        {
            NodeAffinityChecks.CheckNodeSelector(walk, nodeSelector, spec.Path.Child("nodeSelector"));
        }

        if (pod.GetMapping("affinity") is { } affinity)
        {
            var path = spec.Path.Child("affinity");
            if (affinity.GetMapping("nodeAffinity") is { } nodeAffinity)
            {
                NodeAffinityChecks.Check(walk, nodeAffinity, path.Child("nodeAffinity"));
            }

            PodAffinityChecks.Check(walk, affinity, path);
        }

        if (pod.GetSequence("topologySpreadConstraints") is { } constraints)
        {
            PodAffinityChecks.CheckSpread(walk, constraints, spec.Path.Child("topologySpreadConstraints"));
        }
    }
}
