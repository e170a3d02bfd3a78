using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize;

/// <summary>
/// Builds one top-level kustomization as <c>kubectl kustomize</c> would (kubernetes-sigs/kustomize
/// api/internal/target/kusttarget.go, <c>accumulateTarget</c>): its resources (files, and folders with their own
/// kustomization, built first), its generators, its components, then its transformers in kustomize's order
/// (<c>configureBuiltinTransformers</c>: patches, namespace, prefix, suffix, labels, annotations, replicas, images);
/// at the end, once, hash suffixes and name references (<c>makeCustomizedResMap</c>). What it cannot build is noted
/// on the kustomization's file (KL0007, KL0008) and the rest is still built. Never reads the network.
/// </summary>
internal sealed class KustomizeBuild(KustomizeFiles files)
{
    /// <summary>Deeper than any real tree of overlays; kustomize itself has no bound but its stack.</summary>
    private const int MaxDepth = 32;

    private readonly Stack<string> _stack = new();

    /// <summary>The full paths of every file the build read: resources, kustomizations, patches, generator inputs.</summary>
    public HashSet<string> Used { get; } = new(StringComparer.Ordinal);

    public List<BuiltResource> Build(KustomizationFile top)
    {
        var resources = Accumulate(top, new List<BuiltResource>());
        foreach (var resource in resources)
        {
            if (resource.NeedsHashSuffix)
            {
                var suffix = KustomizeHasher.Suffix(resource.Root);
                var name = resource.Name + "-" + suffix;
                TreeEdit.At(resource, ["metadata", "name"], old => TreeEdit.Keep(resource, YBuild.String(name, old!.Span), old), null);
                resource.NoteName();
            }
        }

        NameReferences.Fix(resources);
        return resources;
    }

    private List<BuiltResource> Accumulate(KustomizationFile kustomization, List<BuiltResource> resources)
    {
        Used.Add(kustomization.File.FullPath);
        _stack.Push(kustomization.File.FullPath);
        try
        {
            foreach (var entry in kustomization.Root.Entries)
            {
                if (!KustomizationFile.IsBuilt(entry.Key.Value))
                {
                    NotBuilt(kustomization.File, entry.Key.Span, $"'{entry.Key.Value}' is not built in-process; the objects are linted without it");
                }
            }

            foreach (var field in new[] { "resources", "bases" })
            {
                foreach (var path in kustomization.Paths(field))
                {
                    AddResource(kustomization, path, resources);
                }
            }

            // Generators before components: a component's transformers reach what the kustomization generated.
            new Generators(this, kustomization).Run(resources);
            foreach (var path in kustomization.Paths("components"))
            {
                if (Folder(kustomization, path, "component") is { } component)
                {
                    Accumulate(component, resources);
                }
            }

            Transform(kustomization, resources);
            return resources;
        }
        finally
        {
            _stack.Pop();
        }
    }

    private void Transform(KustomizationFile kustomization, List<BuiltResource> resources)
    {
        var root = kustomization.Root;
        var file = kustomization.File;
        var patches = new KustomizePatches(this, files, kustomization);
        foreach (var patch in KustomizePatchEntries.Read(kustomization))
        {
            patches.Apply(patch, resources);
        }

        if (root["namespace"] is YScalar { IsNull: false } ns)
        {
            NameTransformers.SetNamespace(resources, ns.Value, new Introduced(ns.Span, file));
        }

        foreach (var (field, isPrefix) in new[] { ("namePrefix", true), ("nameSuffix", false) })
        {
            if (root[field] is YScalar { IsNull: false, Value.Length: > 0 } affix)
            {
                NameTransformers.Rename(resources, isPrefix ? affix.Value : string.Empty, isPrefix ? string.Empty : affix.Value, new Introduced(affix.Span, file));
            }
        }

        if (root.GetMapping("commonLabels") is { } common)
        {
            MetadataTransformers.Apply(resources, MetadataTransformers.Entries(common), [FieldSpecs.TemplateLabels, FieldSpecs.Selectors], new Introduced(common.Span, file));
        }

        foreach (var labels in root.GetSequence("labels")?.Mappings ?? [])
        {
            // kustomize's labels entry (api/types/labels.go): includeSelectors adds the commonLabels specs, includeTemplates the templates'.
            var specs = labels.GetString("includeSelectors") == "true" ? new[] { FieldSpecs.TemplateLabels, FieldSpecs.Selectors }
                : labels.GetString("includeTemplates") == "true" ? [FieldSpecs.TemplateLabels]
                : [FieldSpecs.OwnLabels];
            MetadataTransformers.Apply(resources, MetadataTransformers.Entries(labels.GetMapping("pairs")), specs, new Introduced(labels.Span, file));
        }

        if (root.GetMapping("commonAnnotations") is { } annotations)
        {
            MetadataTransformers.Apply(resources, MetadataTransformers.Entries(annotations), [FieldSpecs.Annotations], new Introduced(annotations.Span, file));
        }

        foreach (var replicas in root.GetSequence("replicas")?.Mappings ?? [])
        {
            ImageAndReplicaTransformers.SetReplicas(resources, replicas, new Introduced(replicas.Span, file));
        }

        foreach (var image in root.GetSequence("images")?.Mappings ?? [])
        {
            ImageAndReplicaTransformers.SetImages(resources, image, new Introduced(image.Span, file));
        }
    }

    private void AddResource(KustomizationFile kustomization, YScalar entry, List<BuiltResource> resources)
    {
        var full = Path.GetFullPath(entry.Value, kustomization.Folder);
        if (Directory.Exists(full))
        {
            if (Folder(kustomization, entry, "resource") is { } inner)
            {
                if (inner.IsComponent)
                {
                    Reject(kustomization.File, entry.Span, $"'{entry.Value}' is a Component: list it under components, not resources");
                    return;
                }

                foreach (var built in Accumulate(inner, []))
                {
                    Add(resources, built, kustomization.File, entry);
                }
            }

            return;
        }

        if (!System.IO.File.Exists(full))
        {
            if (IsRemote(entry.Value))
            {
                NotBuilt(kustomization.File, entry.Span, $"remote resource '{entry.Value}' is not fetched (kubelint never reads the network); the build goes on without it");
            }
            else
            {
                Reject(kustomization.File, entry.Span, $"resource '{entry.Value}' is no file or folder here");
            }

            return;
        }

        Used.Add(full);
        var file = files.Get(full);
        foreach (var document in file.Documents)
        {
            if (document.Root is null or YScalar { IsNull: true })
            {
                continue;
            }

            if (document.Root is not YMapping root || !KubeObjectFactory.TryReadType(root, out _, out var kind))
            {
                Reject(kustomization.File, entry.Span, $"document {document.Index + 1} of '{entry.Value}' is no Kubernetes object (it needs apiVersion and kind)");
                continue;
            }

            if (KubeObjectFactory.IsList(kind, root, out var items))
            {
                foreach (var item in items.Mappings)
                {
                    Add(resources, FromFile(item, file), kustomization.File, entry);
                }
            }
            else
            {
                Add(resources, FromFile(root, file), kustomization.File, entry);
            }
        }
    }

    private static BuiltResource FromFile(YMapping root, SourceFile file)
    {
        var origins = new NodeOrigins();
        origins.AddTree(root, file);
        return new BuiltResource(root, file, origins);
    }

    /// <summary>The kustomization of a folder entry (a base, an overlay, a component), checked for cycles and depth.</summary>
    private KustomizationFile? Folder(KustomizationFile parent, YScalar entry, string what)
    {
        var folder = Path.GetFullPath(entry.Value, parent.Folder);
        if (!Directory.Exists(folder))
        {
            if (IsRemote(entry.Value))
            {
                NotBuilt(parent.File, entry.Span, $"remote {what} '{entry.Value}' is not fetched (kubelint never reads the network); the build goes on without it");
            }
            else
            {
                Reject(parent.File, entry.Span, $"{what} '{entry.Value}' is no folder here");
            }

            return null;
        }

        if (KustomizationFiles.FindIn(folder, out var several) is not { } path)
        {
            Reject(parent.File, entry.Span, $"{what} folder '{entry.Value}' holds no kustomization.yaml, kustomization.yml or Kustomization");
            return null;
        }

        if (several)
        {
            Reject(parent.File, entry.Span, $"{what} folder '{entry.Value}' holds more than one kustomization file; kustomize takes none of them");
            return null;
        }

        if (_stack.Contains(path))
        {
            Reject(parent.File, entry.Span, $"{what} '{entry.Value}' leads back to a kustomization already being built: a cycle");
            return null;
        }

        if (_stack.Count >= MaxDepth)
        {
            Reject(parent.File, entry.Span, $"{what} '{entry.Value}' is more than {MaxDepth} kustomizations deep");
            return null;
        }

        var file = files.Get(path);
        if (KustomizationFile.Read(file) is not { } kustomization)
        {
            Used.Add(path);
            return null; // Not valid YAML: KL0001 says so at the file.
        }

        return kustomization;
    }

    /// <summary>Adds a resource unless one with its group, kind, namespace and name is there already, which kustomize
    /// rejects ("may not add resource with an already registered id", api/resmap/reswrangler.go, <c>Append</c>).</summary>
    public static void Add(List<BuiltResource> resources, BuiltResource resource, SourceFile at, YNode entry)
    {
        if (resources.Exists(r => r.Group == resource.Group && r.Kind == resource.Kind && r.Name == resource.Name && r.Namespace == resource.Namespace))
        {
            Reject(at, entry.Span, $"{resource.Kind} '{resource.Name}' is added twice to one kustomization");
            return;
        }

        resources.Add(resource);
    }

    /// <summary>The text of a generator input (a <c>files</c> or <c>envs</c> item), relative to its kustomization.</summary>
    public string? ReadInput(KustomizationFile kustomization, string path, YScalar entry)
    {
        var full = Path.GetFullPath(path, kustomization.Folder);
        try
        {
            var text = Loading.RegularFile.ReadAllText(full);
            Used.Add(full);
            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Reject(kustomization.File, entry.Span, e is Loading.UnreadableFileException ? $"generator input '{path}' cannot be read: {e.Message}" : $"generator input '{path}' cannot be read");
            return null;
        }
    }

    /// <summary>kustomize takes a path it cannot find locally as a remote target (api/internal/git/repospec.go, <c>NewRepoSpecFromURL</c>): a URL, an scp-like <c>git@host:</c>, or a host name as first segment.</summary>
    private static bool IsRemote(string value) =>
        value.Contains("://", StringComparison.Ordinal) || value.StartsWith("git@", StringComparison.Ordinal)
        || (value.IndexOf('/') is var slash and > 0 && value.AsSpan(0, slash).Contains('.') && !value.StartsWith('.'));

    public static void NotBuilt(SourceFile file, Text.SourceSpan span, string message) => Note(file, new KustomizeNote(false, span, message));

    public static void Reject(SourceFile file, Text.SourceSpan span, string message) => Note(file, new KustomizeNote(true, span, message));

    private static void Note(SourceFile file, KustomizeNote note)
    {
        file.KustomizeNotes ??= [];
        if (!file.KustomizeNotes.Contains(note))
        {
            file.KustomizeNotes.Add(note);
        }
    }
}
