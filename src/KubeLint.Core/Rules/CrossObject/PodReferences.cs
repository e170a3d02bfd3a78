using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>The objects a pod spec needs by name: ConfigMaps, Secrets, claims and its service account.
/// References marked <c>optional: true</c> are left out: the pod starts without them.</summary>
internal static class PodReferences
{
    private static readonly string[] AccountFields = ["serviceAccountName", "serviceAccount"];
    private static readonly string[] ContainerLists = ["initContainers", "containers"];

    /// <summary>The references of a pod spec. <paramref name="claimTemplates"/> are a StatefulSet's
    /// <c>volumeClaimTemplates</c> names: a volume of that name gets the per-pod claim instead.</summary>
    public static IEnumerable<(string Kind, YScalar Name)> Of(YMapping podSpec, IReadOnlySet<string> claimTemplates)
    {
        foreach (var field in AccountFields)
        {
            // Every namespace has a "default" service account.
            if (podSpec[field] is YScalar { IsNull: false, Value: not ("default" or "") } account)
            {
                yield return ("ServiceAccount", account);
                break;
            }
        }

        foreach (var volume in podSpec.GetSequence("volumes")?.Mappings ?? [])
        {
            if (Required(volume.GetMapping("configMap"), "name") is { } configMap)
            {
                yield return ("ConfigMap", configMap);
            }

            if (Required(volume.GetMapping("secret"), "secretName") is { } secret)
            {
                yield return ("Secret", secret);
            }

            if (Required(volume.GetMapping("persistentVolumeClaim"), "claimName") is { } claim && !claimTemplates.Contains(volume.GetString("name") ?? string.Empty))
            {
                yield return ("PersistentVolumeClaim", claim);
            }

            foreach (var source in volume.MappingAt("projected")?.GetSequence("sources")?.Mappings ?? [])
            {
                if (Required(source.GetMapping("configMap"), "name") is { } projectedMap)
                {
                    yield return ("ConfigMap", projectedMap);
                }

                if (Required(source.GetMapping("secret"), "name") is { } projectedSecret)
                {
                    yield return ("Secret", projectedSecret);
                }
            }
        }

        foreach (var listName in ContainerLists)
        {
            foreach (var container in podSpec.GetSequence(listName)?.Mappings ?? [])
            {
                foreach (var reference in ContainerReferences(container))
                {
                    yield return reference;
                }
            }
        }
    }

    private static IEnumerable<(string Kind, YScalar Name)> ContainerReferences(YMapping container)
    {
        foreach (var source in container.GetSequence("envFrom")?.Mappings ?? [])
        {
            if (Required(source.GetMapping("configMapRef"), "name") is { } configMap)
            {
                yield return ("ConfigMap", configMap);
            }

            if (Required(source.GetMapping("secretRef"), "name") is { } secret)
            {
                yield return ("Secret", secret);
            }
        }

        foreach (var variable in container.GetSequence("env")?.Mappings ?? [])
        {
            var valueFrom = variable.GetMapping("valueFrom");
            if (Required(valueFrom?.GetMapping("configMapKeyRef"), "name") is { } configMap)
            {
                yield return ("ConfigMap", configMap);
            }

            if (Required(valueFrom?.GetMapping("secretKeyRef"), "name") is { } secret)
            {
                yield return ("Secret", secret);
            }
        }
    }

    /// <summary>The name of a reference that is not optional, or null.</summary>
    private static YScalar? Required(YMapping? reference, string nameKey) =>
        reference is not null && reference.GetString("optional") != "true" && reference[nameKey] is YScalar { IsNull: false, Value.Length: > 0 } name
            ? name
            : null;
}
