using KubeLint.Core.Diagnostics;
using KubeLint.Core.Model;
using KubeLint.Core.Rules.Security;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Rules.CrossObject;

/// <summary>A host name written in a pod's configuration.</summary>
/// <param name="Holder">The object whose file holds the value: the pod source, or a ConfigMap it reads.</param>
/// <param name="Node">The scalar that holds it.</param>
/// <param name="Part">The host's place in the scalar's value.</param>
/// <param name="Where">For messages: <c>env WORDPRESS_DB_HOST of container "wordpress"</c>.</param>
/// <param name="Echo">False when the key names a secret: the message then does not repeat the value.</param>
internal sealed record HostReference(KubeObject Holder, YScalar Node, HostInText Part, string Where, bool Echo)
{
    /// <summary>The host's span inside the value; the value itself where offsets into the source would be unsure.</summary>
    public Location HostLocation => Locate(Part.Start, Part.Length);

    public Location PortLocation => Locate(Part.PortStart, Part.PortLength);

    public string Shown => Echo ? $"\"{Part.Host}\"" : "(value not shown)";

    private Location Locate(int start, int length)
    {
        var file = Holder.FileOf(Node);
        // Folding, block scalars and escapes move characters: only single-line plain or quoted values are offset into.
        return Node.Style is YScalarStyle.Plain or YScalarStyle.SingleQuoted or YScalarStyle.DoubleQuoted && Node.Span.Start.Line == Node.Span.End.Line
            ? Location.Of(file, ScalarSpans.Locate(file, Node, start, length))
            : Location.Of(file, Node);
    }
}

/// <summary>
/// The host names a pod source's containers are given: <c>env[].value</c>, <c>command</c> and
/// <c>args</c> items, and the values of ConfigMaps they read through <c>envFrom</c> or
/// <c>configMapKeyRef</c> (ConfigMaps of the pod's namespace among the inputs).
/// </summary>
[ReadsWholeTrees("ConfigMap data values that pods read through envFrom and configMapKeyRef")]
internal static class HostReferences
{
    public static IEnumerable<HostReference> Of(PodSource source, Workspace workspace)
    {
        var index = workspace.Index;
        var obj = source.Object;
        var ns = obj.EffectiveNamespace;
        foreach (var container in PodContainersOf(source.PodSpec))
        {
            var name = container.GetString("name") ?? "?";
            foreach (var env in container.GetSequence("env")?.Mappings ?? [])
            {
                if (env.GetString("name") is not { } key)
                {
                    continue;
                }

                if (env["value"] is YScalar { IsNull: false } value)
                {
                    foreach (var reference in InValue(obj, value, key, $"env {key} of container \"{name}\""))
                    {
                        yield return reference;
                    }
                }
                else if (env.MappingAt("valueFrom.configMapKeyRef") is { } keyRef && keyRef.GetString("name") is { } mapName && keyRef.GetString("key") is { } mapKey
                    && workspace.ObjectOf(index.Find("ConfigMap", ns, mapName)?.Subject) is { } configMap && configMap.Root.MappingAt("data")?[mapKey] is YScalar { IsNull: false } data)
                {
                    foreach (var reference in InValue(configMap, data, key, $"ConfigMap \"{mapName}\" key {mapKey} (env {key} of container \"{name}\" of {obj.DisplayName})"))
                    {
                        yield return reference;
                    }
                }
            }

            foreach (var from in container.GetSequence("envFrom")?.Mappings ?? [])
            {
                if (from.MappingAt("configMapRef")?.GetString("name") is not { } mapName || workspace.ObjectOf(index.Find("ConfigMap", ns, mapName)?.Subject) is not { } configMap
                    || configMap.Root.MappingAt("data") is not { } data)
                {
                    continue;
                }

                var prefix = from.GetString("prefix") ?? string.Empty;
                foreach (var entry in data.Entries)
                {
                    if (entry.Value is YScalar { IsNull: false } value)
                    {
                        foreach (var reference in InValue(configMap, value, prefix + entry.Key.Value, $"ConfigMap \"{mapName}\" key {entry.Key.Value} (envFrom of container \"{name}\" of {obj.DisplayName})"))
                        {
                            yield return reference;
                        }
                    }
                }
            }

            foreach (var field in (string[])["command", "args"])
            {
                var items = container.GetSequence(field)?.Items ?? [];
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is not YScalar { IsNull: false } item)
                    {
                        continue;
                    }

                    // "--db-host" "mysql": the flag before a value can say it is a host.
                    var flag = i > 0 && items[i - 1] is YScalar previous && previous.Value.StartsWith('-') && !previous.Value.Contains('=') && !previous.Value.Contains(' ')
                        ? previous.Value.TrimStart('-') : null;
                    var keySaysHost = flag is not null && HostNameText.KeySaysHost(flag);
                    foreach (var part in HostNameText.Find(item.Value, keySaysHost, allowHostPort: true))
                    {
                        yield return new HostReference(obj, item, part, $"{field}[{i}] of container \"{name}\"", Echo: true);
                    }
                }
            }
        }
    }

    private static IEnumerable<HostReference> InValue(KubeObject holder, YScalar value, string key, string where)
    {
        var echo = !SecretNames.LooksSecret(key);
        foreach (var part in HostNameText.Find(value.Value, HostNameText.KeyTakesBareName(key), allowHostPort: HostNameText.KeySaysHost(key)))
        {
            yield return new HostReference(holder, value, part, where, echo);
        }
    }

    private static IEnumerable<YMapping> PodContainersOf(YMapping? podSpec) =>
        (podSpec?.GetSequence("initContainers")?.Mappings ?? []).Concat(podSpec?.GetSequence("containers")?.Mappings ?? []);
}
