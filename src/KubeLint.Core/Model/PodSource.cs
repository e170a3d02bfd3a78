using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>
/// An object that puts pods in its namespace: a bare Pod, a workload's pod template, or any
/// custom resource that embeds one (<c>spec.template.spec.containers</c>, e.g. an Argo Rollout).
/// A view over the object's own tree: its rules read it in their per-object actions, and the index reads it once
/// into a <see cref="PodRecord"/> (labels, ports, claim selector, places) for the rules that look at other objects.
/// </summary>
internal sealed class PodSource
{
    private readonly Lazy<IReadOnlyList<ContainerPort>> _ports;

    private PodSource(KubeObject obj, YMapping? template, YMapping? podMetadata, YMapping? podSpec, bool isKnownKind)
    {
        Object = obj;
        Template = template;
        LabelsNode = podMetadata?.GetMapping("labels");
        Labels = KubeObject.ReadStringMap(LabelsNode);
        PodSpec = podSpec;
        IsKnownKind = isKnownKind;
        Selector = ReadSelector(obj);
        ClaimSelector = ReadClaimSelector(obj, Selector, LabelsNode);
        _ports = new Lazy<IReadOnlyList<ContainerPort>>(() => ContainerPort.ReadAll(podSpec));
    }

    public KubeObject Object { get; }

    /// <summary>The pod template (<c>spec.template</c> …), or null for a bare Pod.</summary>
    public YMapping? Template { get; }

    /// <summary>The pods' <c>metadata.labels</c> mapping, or null when they have none.</summary>
    public YMapping? LabelsNode { get; }

    /// <summary>The labels every pod of this source carries.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    public YMapping? PodSpec { get; }

    public bool IsBarePod => Template is null;

    /// <summary>A built-in kind (Pod, ReplicationController, a workload of apps, extensions or batch), not a custom resource.</summary>
    public bool IsKnownKind { get; }

    /// <summary><c>spec.selector</c> as written (a map for a ReplicationController), or null.</summary>
    public LabelSelector? Selector { get; }

    /// <summary>
    /// The selector with which the controller adopts pods once the apiserver has defaulted it:
    /// the written one, or the template labels where the API defaults it (extensions/v1beta1,
    /// apps/v1beta1, ReplicationController). Null for bare Pods, CronJobs, Jobs without
    /// <c>manualSelector</c> (they select by a generated uid) and custom resources.
    /// </summary>
    public LabelSelector? ClaimSelector { get; }

    /// <summary>The declared container ports of all containers and init containers.</summary>
    public IReadOnlyList<ContainerPort> Ports => _ports.Value;

    /// <summary>Where to point at the claim selector: <c>spec.selector</c>'s key, else the template labels it defaults from.</summary>
    public YNode SelectorAnchor =>
        (YNode?)(Selector is { IsEmpty: false } ? Object.Root.GetMapping("spec")?.GetKey("selector") : null) ?? LabelsAnchor;

    /// <summary>Where to point at the pods' labels: the labels key, else the template or the object.</summary>
    public YNode LabelsAnchor =>
        (YNode?)(IsBarePod ? Object.Metadata : Template?.GetMapping("metadata"))?.GetKey("labels")
        ?? (YNode?)(IsBarePod ? Object.Root.GetKey("metadata") : Template) ?? Object.Root;

    /// <summary>The pod source of an object, or null when it holds no pods.</summary>
    public static PodSource? Of(KubeObject obj)
    {
        var known = IsBuiltIn(obj);
        if (obj.Kind == "Pod" && obj.Group.Length == 0)
        {
            return new PodSource(obj, null, obj.Metadata, obj.Root.GetMapping("spec"), true);
        }

        if (PodTemplates.TemplatesOf(obj.Root).FirstOrDefault() is not { } template)
        {
            return null;
        }

        var spec = template.GetMapping("spec");
        if (!known && spec?["containers"] is not YSequence)
        {
            return null;
        }

        return new PodSource(obj, template, template.GetMapping("metadata"), spec, known);
    }

    /// <summary>The pod spec <see cref="Of"/> would hold, without reading labels and selectors: for a rule that runs on
    /// every object and needs only the spec.</summary>
    public static YMapping? PodSpecOf(KubeObject obj)
    {
        if (obj.Kind == "Pod" && obj.Group.Length == 0)
        {
            return obj.Root.GetMapping("spec");
        }

        if (PodTemplates.TemplatesOf(obj.Root).FirstOrDefault() is not { } template)
        {
            return null;
        }

        var spec = template.GetMapping("spec");
        return !IsBuiltIn(obj) && spec?["containers"] is not YSequence ? null : spec;
    }

    /// <summary>Whether the apiserver fills in a missing selector from the template labels for this API version.</summary>
    public static bool DefaultsSelectorFromTemplate(KubeObject obj) =>
        obj.Kind == "ReplicationController"
        || obj.ApiVersion == "extensions/v1beta1"
        || (obj.ApiVersion == "apps/v1beta1" && obj.Kind is "Deployment" or "StatefulSet");

    private static bool IsBuiltIn(KubeObject obj) => obj.Kind switch
    {
        "Pod" or "ReplicationController" => obj.Group.Length == 0,
        "Deployment" or "ReplicaSet" or "StatefulSet" or "DaemonSet" => obj.Group is "apps" or "extensions",
        "Job" or "CronJob" => obj.Group == "batch",
        _ => false,
    };

    private static LabelSelector? ReadSelector(KubeObject obj)
    {
        var node = obj.Root.GetMapping("spec")?["selector"];
        return obj.Kind == "ReplicationController" ? LabelSelector.FromMap(node) : LabelSelector.FromLabelSelector(node);
    }

    private static LabelSelector? ReadClaimSelector(KubeObject obj, LabelSelector? selector, YMapping? templateLabels)
    {
        if (!IsBuiltIn(obj) || obj.Kind is "Pod" or "CronJob")
        {
            return null;
        }

        if (obj.Kind == "Job" && obj.Root.StringAt("spec.manualSelector") != "true")
        {
            return null;
        }

        if (selector is { IsEmpty: false })
        {
            return selector;
        }

        // Missing (or, for a ReplicationController, empty): the legacy APIs copy the template labels.
        return (selector is null || obj.Kind == "ReplicationController") && DefaultsSelectorFromTemplate(obj) && templateLabels is { Count: > 0 }
            ? LabelSelector.FromMap(templateLabels)
            : null;
    }
}
