using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>Where pods are described: a Pod's own spec, a workload's <c>spec.template</c>, a CronJob's job template.</summary>
public static class PodTemplates
{
    /// <summary>The built-in kinds that carry a pod spec: a Pod, a <c>PodTemplate</c>, and every workload controller.</summary>
    public static readonly string[] WorkloadKinds =
        ["Pod", "PodTemplate", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job", "CronJob"];

    /// <summary>The pod templates (mappings with <c>metadata</c> and <c>spec</c>) inside an object.</summary>
    public static IEnumerable<YMapping> TemplatesOf(YMapping root)
    {
        if (root.MappingAt("spec.template") is { } template)
        {
            yield return template;
        }

        if (root.GetString("kind") == "PodTemplate" && root.GetMapping("template") is { } podTemplate)
        {
            yield return podTemplate;
        }

        if (root.MappingAt("spec.jobTemplate.spec.template") is { } jobTemplate)
        {
            yield return jobTemplate;
        }
    }

    /// <summary>Every pod spec of an object: a Pod's <c>spec</c>, else the templates' <c>spec</c>.</summary>
    public static IEnumerable<YMapping> PodSpecsOf(KubeObject obj)
    {
        // Not a Select over the entries: value-type generic, see ColdStartJitTests.
        foreach (var (_, spec) in PodSpecEntriesOf(obj))
        {
            yield return spec;
        }
    }

    /// <summary>Every pod spec of an object with its <c>spec</c> key, where findings about the pod as a whole point.</summary>
    public static IEnumerable<(YScalar Key, YMapping Spec)> PodSpecEntriesOf(KubeObject obj)
    {
        if (obj.Kind == "Pod")
        {
            if (obj.Root.TryGetEntry("spec", out var entry) && entry.Value is YMapping spec)
            {
                yield return (entry.Key, spec);
            }

            yield break;
        }

        foreach (var template in TemplatesOf(obj.Root))
        {
            if (template.TryGetEntry("spec", out var entry) && entry.Value is YMapping spec)
            {
                yield return (entry.Key, spec);
            }
        }
    }

    /// <summary>True when the object's pods run to completion (Jobs, CronJobs, pods that never
    /// restart), so probes and controllers matter less.</summary>
    public static bool RunsToCompletion(KubeObject obj, YMapping podSpec) =>
        obj.Kind is "Job" or "CronJob" || podSpec.GetString("restartPolicy") is "Never" or "OnFailure";
}
