using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>Where pods are described: a Pod's own spec, a workload's <c>spec.template</c>, a CronJob's job template.</summary>
public static class PodTemplates
{
    /// <summary>The pod templates (mappings with <c>metadata</c> and <c>spec</c>) inside an object.</summary>
    public static IEnumerable<YMapping> TemplatesOf(YMapping root)
    {
        if (root.MappingAt("spec.template") is { } template)
        {
            yield return template;
        }

        if (root.MappingAt("spec.jobTemplate.spec.template") is { } jobTemplate)
        {
            yield return jobTemplate;
        }
    }

    /// <summary>Every pod spec of an object: a Pod's <c>spec</c>, else the templates' <c>spec</c>.</summary>
    public static IEnumerable<YMapping> PodSpecsOf(KubeObject obj)
    {
        if (obj.Kind == "Pod")
        {
            if (obj.Root.GetMapping("spec") is { } spec)
            {
                yield return spec;
            }

            yield break;
        }

        foreach (var template in TemplatesOf(obj.Root))
        {
            if (template.GetMapping("spec") is { } spec)
            {
                yield return spec;
            }
        }
    }
}
