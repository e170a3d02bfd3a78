using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>Which list of a pod spec a container comes from.</summary>
public enum ContainerRole
{
    /// <summary><c>containers</c>: the pod's long-running containers.</summary>
    Regular,

    /// <summary><c>initContainers</c>: run before the others (or beside them, as sidecars).</summary>
    Init,

    /// <summary><c>ephemeralContainers</c>: added to a running pod for debugging.</summary>
    Ephemeral,
}

/// <summary>One container of a pod spec, with the spec it belongs to.</summary>
public sealed record PodContainer(YMapping PodSpec, YMapping Node, ContainerRole Role)
{
    public string? Name => Node.GetString("name");

    /// <summary>The name for messages: "?" when the manifest gives none.</summary>
    public string DisplayName => Name ?? "?";

    public YMapping? SecurityContext => Node.GetMapping("securityContext");

    /// <summary>Where a finding about the container as a whole points: its <c>name</c> value, else the container itself.</summary>
    public YNode Anchor => Node["name"] is YScalar name && !name.IsNull ? name : Node;

    /// <summary>An init container with <c>restartPolicy: Always</c> runs beside the others for the pod's life.</summary>
    public bool IsSidecar => Role == ContainerRole.Init && Node.GetString("restartPolicy") == "Always";

    /// <summary>The key of the deepest existing mapping along <paramref name="keys"/> (e.g. <c>resources</c>, <c>requests</c>), else <see cref="Anchor"/>: a finding about something missing points at where it belongs.</summary>
    public YNode DeepestKey(params string[] keys)
    {
        YNode anchor = Anchor;
        var current = Node;
        foreach (var key in keys)
        {
            if (current.GetKey(key) is not { } found)
            {
                break;
            }

            anchor = found;
            if (current.GetMapping(key) is not { } next)
            {
                break;
            }

            current = next;
        }

        return anchor;
    }
}

/// <summary>The containers of pod specs: <c>containers</c>, <c>initContainers</c> and <c>ephemeralContainers</c>.</summary>
public static class PodContainers
{
    // Keys in the order of the roles' values.
    private static readonly string[] Lists = ["containers", "initContainers", "ephemeralContainers"];

    /// <summary>Every container of one pod spec, in the order of the lists above.</summary>
    public static IEnumerable<PodContainer> Of(YMapping podSpec)
    {
        for (var role = ContainerRole.Regular; role <= ContainerRole.Ephemeral; role++)
        {
            foreach (var container in podSpec.GetSequence(Lists[(int)role])?.Mappings ?? [])
            {
                yield return new PodContainer(podSpec, container, role);
            }
        }
    }

    /// <summary>Every container of every pod spec of an object.</summary>
    public static IEnumerable<PodContainer> Of(KubeObject obj) => PodTemplates.PodSpecsOf(obj).SelectMany(Of);

    /// <summary>The containers that run for the pod's life: regular ones and sidecar init containers.</summary>
    public static IEnumerable<PodContainer> LongRunning(KubeObject obj) =>
        Of(obj).Where(c => c.Role == ContainerRole.Regular || c.IsSidecar);
}
