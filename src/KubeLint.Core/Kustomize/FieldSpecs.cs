namespace KubeLint.Core.Kustomize;

/// <summary>A field a transformer writes in objects of some kinds (all kinds when <see cref="Kinds"/> is empty),
/// after kustomize's field specs; <see cref="Create"/>: made when missing.</summary>
internal sealed record FieldSpec(string[] Kinds, string[] Path, bool Create, string? Group = null)
{
    public bool AppliesTo(BuiltResource resource) =>
        (Kinds.Length == 0 || Array.IndexOf(Kinds, resource.Kind) >= 0) && (Group is null || Group == resource.Group);
}

/// <summary>
/// The fields kustomize's label and annotation transformers write, in our own tables (built on first use: a run
/// without a kustomization never touches this class). Facts from kubernetes-sigs/kustomize
/// api/internal/konfig/builtinpluginconsts: metadatalabels.go (<c>metadataLabelsFieldSpecs</c>: the object's and its
/// templates' labels), commonlabels.go (<c>commonLabelFieldSpecs</c>: those plus selectors) and commonannotations.go
/// (the same template paths for annotations).
/// </summary>
internal static class FieldSpecs
{
    private static readonly string[] Workloads = ["ReplicationController", "Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "Job"];

    /// <summary>Labels of the object and of the pod templates and claim templates it holds.</summary>
    public static readonly FieldSpec[] TemplateLabels =
    [
        new([], TreeEdit.Path("metadata/labels"), true),
        new(Workloads, TreeEdit.Path("spec/template/metadata/labels"), true),
        new(["StatefulSet"], TreeEdit.Path("spec/volumeClaimTemplates[]/metadata/labels"), true, "apps"),
        new(["CronJob"], TreeEdit.Path("spec/jobTemplate/metadata/labels"), true, "batch"),
        new(["CronJob"], TreeEdit.Path("spec/jobTemplate/spec/template/metadata/labels"), true, "batch"),
    ];

    /// <summary>The selectors <c>commonLabels</c> (and <c>labels</c> with <c>includeSelectors</c>) also write.</summary>
    public static readonly FieldSpec[] Selectors = BuildSelectors();

    public static readonly FieldSpec[] Annotations =
    [
        new([], TreeEdit.Path("metadata/annotations"), true),
        new(Workloads, TreeEdit.Path("spec/template/metadata/annotations"), true),
        new(["CronJob"], TreeEdit.Path("spec/jobTemplate/metadata/annotations"), true, "batch"),
        new(["CronJob"], TreeEdit.Path("spec/jobTemplate/spec/template/metadata/annotations"), true, "batch"),
    ];

    /// <summary>Only the object's own labels: <c>labels</c> without <c>includeTemplates</c> or <c>includeSelectors</c>.</summary>
    public static readonly FieldSpec[] OwnLabels = [new([], TreeEdit.Path("metadata/labels"), true)];

    private static FieldSpec[] BuildSelectors()
    {
        var specs = new List<FieldSpec>
        {
            new(["Service", "ReplicationController"], TreeEdit.Path("spec/selector"), true),
            new(["Deployment", "ReplicaSet", "DaemonSet"], TreeEdit.Path("spec/selector/matchLabels"), true),
            new(["StatefulSet"], TreeEdit.Path("spec/selector/matchLabels"), true, "apps"),
            new(["Job"], TreeEdit.Path("spec/selector/matchLabels"), false, "batch"),
            new(["CronJob"], TreeEdit.Path("spec/jobTemplate/spec/selector/matchLabels"), false, "batch"),
            new(["PodDisruptionBudget"], TreeEdit.Path("spec/selector/matchLabels"), false, "policy"),
            new(["NetworkPolicy"], TreeEdit.Path("spec/podSelector/matchLabels"), false, "networking.k8s.io"),
            new(["NetworkPolicy"], TreeEdit.Path("spec/ingress/from/podSelector/matchLabels"), false, "networking.k8s.io"),
            new(["NetworkPolicy"], TreeEdit.Path("spec/egress/to/podSelector/matchLabels"), false, "networking.k8s.io"),
        };

        // Pod (anti-)affinity terms and topology spread constraints of Deployments and StatefulSets: only where present.
        foreach (var affinity in new[] { "podAffinity", "podAntiAffinity" })
        {
            foreach (var term in new[] { "preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm", "requiredDuringSchedulingIgnoredDuringExecution" })
            {
                specs.Add(new(["Deployment", "StatefulSet"], TreeEdit.Path($"spec/template/spec/affinity/{affinity}/{term}/labelSelector/matchLabels"), false, "apps"));
            }
        }

        specs.Add(new(["Deployment", "StatefulSet"], TreeEdit.Path("spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels"), false, "apps"));
        return [.. specs];
    }
}
