using System.Text;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize;

/// <summary>
/// <c>configMapGenerator</c> and <c>secretGenerator</c> (kubernetes-sigs/kustomize api/kv/kv.go for the sources:
/// <c>literals</c> split at the first <c>=</c> with matching quotes around the value taken off, <c>files</c> as
/// <c>[key=]path</c> keyed by the file's name, <c>envs</c> read line by line; api/generators/utils.go for the
/// object: <c>generatorOptions</c> and the entry's <c>options</c> give labels, annotations, <c>immutable</c> and
/// <c>disableNameSuffixHash</c>; a Secret's values base64, type <c>Opaque</c> unless given). Every node borrows
/// the span of the kustomization's node it comes from: a data value the line that gave it.
/// </summary>
internal sealed class Generators(KustomizeBuild build, KustomizationFile kustomization)
{
    private SourceFile File => kustomization.File;

    public void Run(List<BuiltResource> resources)
    {
        foreach (var (field, kind) in new[] { ("configMapGenerator", "ConfigMap"), ("secretGenerator", "Secret") })
        {
            if (kustomization.Root.GetSequence(field) is not { } entries)
            {
                continue;
            }

            foreach (var entry in entries.Mappings)
            {
                Generate(resources, entry, kind);
            }
        }
    }

    private void Generate(List<BuiltResource> resources, YMapping entry, string kind)
    {
        var from = new Introduced(entry.Span, File);
        if (entry["name"] is not YScalar { IsNull: false } nameNode)
        {
            KustomizeBuild.Reject(File, entry.Span, $"a {kind} generator needs a name");
            return;
        }

        var data = new List<YEntry>();
        var isSecret = kind == "Secret";
        AddLiterals(entry, data, isSecret);
        AddFiles(entry, data, isSecret);
        AddEnvs(entry, data, isSecret);

        var options = kustomization.Root.GetMapping("generatorOptions");
        var own = entry.GetMapping("options");
        var metadata = new List<YEntry> { Pair("name", nameNode.Value, nameNode) };
        if (entry.GetString("namespace") is { } ns)
        {
            metadata.Add(Pair("namespace", ns, entry["namespace"]!));
        }

        AddMap(metadata, "labels", options?.GetMapping("labels"), own?.GetMapping("labels"), from);
        AddMap(metadata, "annotations", options?.GetMapping("annotations"), own?.GetMapping("annotations"), from);

        var root = new List<YEntry>
        {
            Pair("apiVersion", "v1", entry),
            Pair("kind", kind, entry),
            new(Key("metadata", entry), New(YBuild.Mapping(metadata, entry.Span))),
        };
        if (data.Count > 0)
        {
            root.Add(new(Key("data", entry), New(YBuild.Mapping(data, entry.Span))));
        }

        if (isSecret)
        {
            root.Add(Pair("type", entry.GetString("type") ?? "Opaque", entry["type"] ?? entry));
        }

        if (Flag(own, options, "immutable"))
        {
            root.Add(new(Key("immutable", entry), New(new YScalar("true", YScalarStyle.Plain, entry.Span))));
        }

        var mapping = New(YBuild.Mapping(root, entry.Span));
        var origins = new NodeOrigins();
        var generated = new BuiltResource(mapping, File, origins) { NeedsHashSuffix = !Flag(own, options, "disableNameSuffixHash") };
        origins.AddTree(mapping, File);

        var behavior = entry.GetString("behavior") ?? "create";
        if (behavior == "create")
        {
            KustomizeBuild.Add(resources, generated, File, entry);
            return;
        }

        var existing = resources.Find(r => r.Kind == kind && r.Names.Contains(nameNode.Value) && r.Namespace == generated.Namespace);
        if (existing is null || behavior is not ("merge" or "replace"))
        {
            KustomizeBuild.Reject(File, (entry["behavior"] ?? entry).Span, behavior is "merge" or "replace"
                ? $"behavior '{behavior}' needs a {kind} '{nameNode.Value}' from a base to {behavior}, and there is none"
                : $"behavior '{behavior}' is none of create, merge and replace");
            return;
        }

        if (behavior == "replace")
        {
            var at = resources.IndexOf(existing);
            resources[at] = generated;
            return;
        }

        // merge: the base's data, labels and annotations, with the generator's on top.
        foreach (var (path, entries) in new[] { (new[] { "data" }, data), (new[] { "metadata", "labels" }, MetadataTransformers.Entries(YPathOf(mapping, "labels"))), (new[] { "metadata", "annotations" }, MetadataTransformers.Entries(YPathOf(mapping, "annotations"))) })
        {
            if (entries.Count > 0)
            {
                TreeEdit.At(existing, path, TreeEdit.SetEntries(existing, entries, from), from);
            }
        }

        existing.NeedsHashSuffix |= generated.NeedsHashSuffix;
    }

    private static YMapping? YPathOf(YMapping root, string field) => root.GetMapping("metadata")?.GetMapping(field);

    private void AddLiterals(YMapping entry, List<YEntry> data, bool isSecret)
    {
        foreach (var item in Items(entry, "literals"))
        {
            var equals = item.Value.IndexOf('=');
            if (equals <= 0)
            {
                KustomizeBuild.Reject(File, item.Span, $"literal '{item.Value}' is not key=value");
                continue;
            }

            var value = item.Value[(equals + 1)..];
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
            {
                value = value[1..^1];
            }

            AddData(data, item.Value[..equals], value, item, isSecret);
        }
    }

    private void AddFiles(YMapping entry, List<YEntry> data, bool isSecret)
    {
        foreach (var item in Items(entry, "files"))
        {
            var equals = item.Value.IndexOf('=');
            var path = equals >= 0 ? item.Value[(equals + 1)..] : item.Value;
            var key = equals >= 0 ? item.Value[..equals] : Path.GetFileName(path);
            if (build.ReadInput(kustomization, path, item) is { } text)
            {
                AddData(data, key, text, item, isSecret);
            }
        }
    }

    private void AddEnvs(YMapping entry, List<YEntry> data, bool isSecret)
    {
        var items = Items(entry, "envs");
        if (entry["env"] is YScalar { IsNull: false } single)
        {
            items.Add(single);
        }

        foreach (var item in items)
        {
            if (build.ReadInput(kustomization, item.Value, item) is not { } text)
            {
                continue;
            }

            foreach (var raw in text.Split('\n'))
            {
                var line = raw.TrimEnd('\r').TrimStart('\uFEFF');
                if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
                {
                    continue;
                }

                var equals = line.IndexOf('=');
                if (equals <= 0)
                {
                    KustomizeBuild.NotBuilt(File, item.Span, $"env file line '{line.Trim()}' without '=' (kustomize reads it from the environment)");
                    continue;
                }

                AddData(data, line[..equals].TrimStart(), line[(equals + 1)..], item, isSecret);
            }
        }
    }

    private void AddData(List<YEntry> data, string key, string value, YScalar source, bool isSecret)
    {
        if (data.Exists(e => e.Key.Value == key))
        {
            KustomizeBuild.Reject(File, source.Span, $"key '{key}' is given twice to one generator");
            return;
        }

        var text = isSecret ? Convert.ToBase64String(Encoding.UTF8.GetBytes(value)) : value;
        data.Add(new YEntry(New(new YScalar(key, YScalarStyle.Plain, source.Span)), New(YBuild.String(text, source.Span))));
    }

    private static void AddMap(List<YEntry> metadata, string field, YMapping? shared, YMapping? own, Introduced from)
    {
        var entries = new List<YEntry>();
        foreach (var map in new[] { shared, own })
        {
            foreach (var entry in MetadataTransformers.Entries(map))
            {
                entries.RemoveAll(e => e.Key.Value == entry.Key.Value);
                entries.Add(new YEntry(New(entry.Key), New(YBuild.String(TreeEdit.ValueOf(entry.Value), entry.Value.Span))));
            }
        }

        if (entries.Count > 0)
        {
            metadata.Add(new YEntry(Key(field, (YNode?)own ?? shared!), New(YBuild.Mapping(entries, from.Span))));
        }
    }

    private static bool Flag(YMapping? own, YMapping? shared, string key) =>
        (own?.GetString(key) ?? shared?.GetString(key)) is "true" or "True" or "TRUE";

    private static List<YScalar> Items(YMapping entry, string field)
    {
        var items = new List<YScalar>();
        foreach (var item in entry.GetSequence(field)?.Items ?? default)
        {
            if (item is YScalar { IsNull: false } scalar)
            {
                items.Add(scalar);
            }
        }

        return items;
    }

    private static YEntry Pair(string key, string value, YNode at) => new(Key(key, at), New(YBuild.String(value, at.Span)));

    private static YScalar Key(string key, YNode at) => new(key, YScalarStyle.Plain, at.Span);

    // Origins are recorded for the whole tree once it is built (AddTree); these only mark intent.
    private static T New<T>(T node)
        where T : YNode => node;
}
