using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize;

/// <summary>A loaded kustomization file: <c>kustomize.config.k8s.io/v1beta1 Kustomization</c> or <c>v1alpha1
/// Component</c> (both may leave <c>apiVersion</c> and <c>kind</c> out, as kustomize allows).</summary>
internal sealed class KustomizationFile(SourceFile file, YMapping root)
{
    public SourceFile File { get; } = file;

    public YMapping Root { get; } = root;

    public string Folder => Path.GetDirectoryName(File.FullPath)!;

    public bool IsComponent => Root.GetString("kind") == "Component";

    /// <summary>The first document's mapping, or null when the file holds none (KL0001 reports a broken one) or when a
    /// value holds a NUL character, which no file name can hold (kustomize fails to open such a path): KL0008 there.</summary>
    public static KustomizationFile? Read(SourceFile file)
    {
        if (file.Documents.Count == 0 || file.Documents[0].Root is not YMapping root)
        {
            return null;
        }

        if (FindNul(root) is { } bad)
        {
            var note = new KustomizeNote(true, bad.Span, "this value holds a NUL character, which no path can hold; kustomize cannot build the kustomization");
            file.KustomizeNotes ??= [];
            if (!file.KustomizeNotes.Contains(note))
            {
                file.KustomizeNotes.Add(note);
            }

            return null;
        }

        return new KustomizationFile(file, root);
    }

    private static YScalar? FindNul(YNode root) =>
        YTree.Nodes(root).OfType<YScalar>().FirstOrDefault(scalar => scalar.Value.Contains('\0'));

    /// <summary>The scalar items of a list field (<c>resources</c>, <c>components</c>, <c>patchesStrategicMerge</c>).</summary>
    public List<YScalar> Paths(string field)
    {
        var paths = new List<YScalar>();
        foreach (var item in Root.GetSequence(field)?.Items ?? default)
        {
            if (item is YScalar { IsNull: false } scalar)
            {
                paths.Add(scalar);
            }
        }

        return paths;
    }

    /// <summary>Fields the build handles (some only in part, as the README says); the rest get KL0007.</summary>
    public static bool IsBuilt(string key) => key is
        "apiVersion" or "kind" or "metadata" or "resources" or "bases" or "components" or "namespace"
        or "namePrefix" or "nameSuffix" or "commonLabels" or "labels" or "commonAnnotations" or "images" or "replicas"
        or "configMapGenerator" or "secretGenerator" or "generatorOptions" or "sortOptions"
        or "patches" or "patchesStrategicMerge" or "patchesJson6902";
}
