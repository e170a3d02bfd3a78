using System.Globalization;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Model;

/// <summary>One entry of a container's <c>ports</c>: what a Service's named <c>targetPort</c> resolves against.</summary>
internal sealed record ContainerPort(string Container, string? Name, int? Number, string Protocol, YMapping Node)
{
    /// <summary>The ports of every container and init container (restartable init containers serve ports too).</summary>
    public static IReadOnlyList<ContainerPort> ReadAll(YMapping? podSpec)
    {
        if (podSpec is null)
        {
            return [];
        }

        var ports = new List<ContainerPort>();
        foreach (var listName in (ReadOnlySpan<string>)["containers", "initContainers"])
        {
            foreach (var container in podSpec.GetSequence(listName)?.Mappings ?? [])
            {
                var containerName = container.GetString("name") ?? string.Empty;
                foreach (var port in container.GetSequence("ports")?.Mappings ?? [])
                {
                    int? number = int.TryParse(port.GetString("containerPort"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
                    ports.Add(new ContainerPort(containerName, port.GetString("name"), number, port.GetString("protocol") ?? "TCP", port));
                }
            }
        }

        return ports;
    }
}
