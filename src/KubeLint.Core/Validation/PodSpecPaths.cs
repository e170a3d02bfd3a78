using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Validation;

/// <summary>A pod spec of an object with its <c>spec</c> key and its field path (<c>spec.template.spec</c>).</summary>
internal sealed record PodSpecAt(YScalar Key, YMapping Spec, FieldPath Path);

/// <summary>A container with the path of its list item (<c>spec.template.spec.initContainers[1]</c>).</summary>
internal sealed record ContainerAt(PodContainer Container, FieldPath Path)
{
    public YMapping Node => Container.Node;
}

/// <summary>Pod specs and containers with the field paths the apiserver names in its errors.</summary>
internal static class PodSpecPaths
{
    private static readonly string[] ContainerLists = ["containers", "initContainers", "ephemeralContainers"];

    // The paths are immutable and the same for every object: built once, not split again for each object
    // (seven rules ask for every object's pod specs).
    private static readonly FieldPath PodSpec = FieldPath.Root("spec");
    private static readonly FieldPath PodTemplateSpec = FieldPath.Parse("template.spec");
    private static readonly FieldPath JobTemplateSpec = FieldPath.Parse("spec.jobTemplate.spec.template.spec");
    private static readonly FieldPath TemplateSpec = FieldPath.Parse("spec.template.spec");

    /// <summary>Every pod spec of an object: a Pod's <c>spec</c>, a PodTemplate's <c>template.spec</c>,
    /// a workload's <c>spec.template.spec</c>, a CronJob's <c>spec.jobTemplate.spec.template.spec</c>.</summary>
    public static IEnumerable<PodSpecAt> Of(KubeObject obj)
    {
        var root = obj.Root;
        switch (obj.Kind)
        {
            case "Pod":
                return SpecUnder(root, "spec", PodSpec);
            case "PodTemplate":
                return root.GetMapping("template") is { } podTemplate ? SpecUnder(podTemplate, "spec", PodTemplateSpec) : [];
            case "CronJob":
                return root.MappingAt("spec.jobTemplate.spec.template") is { } jobTemplate ? SpecUnder(jobTemplate, "spec", JobTemplateSpec) : [];
            default:
                return Array.IndexOf(PodTemplates.WorkloadKinds, obj.Kind) >= 0 && root.MappingAt("spec.template") is { } template
                    ? SpecUnder(template, "spec", TemplateSpec)
                    : [];
        }
    }

    /// <summary>
    /// The pod specs the apiserver validates when the object is created: those of a Pod, PodTemplate and
    /// ReplicationController (core), Deployment, ReplicaSet and DaemonSet (apps, extensions), Job and CronJob
    /// (batch). Not a StatefulSet's: <c>pkg/apis/apps/validation/validation.go:
    /// ValidatePodTemplateSpecForStatefulSet</c> leaves its spec unchecked (only labels, annotations and,
    /// in <c>ValidateStatefulSetSpec</c>, restartPolicy), so the apiserver accepts what these rules report
    /// there and only its pods are refused, later. Nor a custom resource that borrows a built-in kind's name.
    /// </summary>
    public static IEnumerable<PodSpecAt> ValidatedOf(KubeObject obj) => IsValidated(obj) ? Of(obj) : [];

    /// <summary>True for the objects whose pod specs <see cref="ValidatedOf"/> yields.</summary>
    public static bool IsValidated(KubeObject obj) => obj.Kind switch
    {
        "Pod" or "PodTemplate" or "ReplicationController" => obj.Group.Length == 0,
        "Deployment" or "ReplicaSet" or "DaemonSet" => obj.Group is "apps" or "extensions",
        "Job" or "CronJob" => obj.Group == "batch",
        _ => false,
    };

    /// <summary>Every container of a pod spec, in the order of <c>containers</c>, <c>initContainers</c>,
    /// <c>ephemeralContainers</c>; the index is the item's position in its list.</summary>
    public static IEnumerable<ContainerAt> Containers(PodSpecAt spec)
    {
        for (var role = ContainerRole.Regular; role <= ContainerRole.Ephemeral; role++)
        {
            var list = ContainerLists[(int)role];
            if (spec.Spec.GetSequence(list) is not { } items)
            {
                continue;
            }

            var listPath = spec.Path.Child(list);
            for (var i = 0; i < items.Count; i++)
            {
                if (items.Items[i] is YMapping container)
                {
                    yield return new ContainerAt(new PodContainer(spec.Spec, container, role), listPath.Index(i));
                }
            }
        }
    }

    /// <summary>The name of a container list's field (<c>containers</c> …) for a role.</summary>
    public static string ListName(ContainerRole role) => ContainerLists[(int)role];

    private static PodSpecAt[] SpecUnder(YMapping parent, string key, FieldPath path) =>
        parent.TryGetEntry(key, out var entry) && entry.Value is YMapping spec ? [new PodSpecAt(entry.Key, spec, path)] : [];
}
