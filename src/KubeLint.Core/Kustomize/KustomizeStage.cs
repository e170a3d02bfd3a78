using KubeLint.Core.Engine;
using KubeLint.Core.Loading;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize;

/// <summary>
/// Between loading and analysis: every kustomization among the inputs that no other one among them uses is built,
/// and its built objects become the documents of its file (each object's nodes point at the files they were written
/// in, see <see cref="NodeOrigins"/>). Files some build used (resources, bases, patches, generator inputs,
/// components) are no longer linted as whole objects; their YAML problems and suppression comments still count.
/// A run without a kustomization among its inputs pays one file-name check per input (<see cref="Needed"/>).
/// </summary>
internal static class KustomizeStage
{
    public static bool Needed(IReadOnlyList<InputFile> inputs)
    {
        foreach (var input in inputs)
        {
            if (!input.IsStandardInput && KustomizationFiles.IsKustomizationName(Path.GetFileName(input.FullPath)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Builds the top-level kustomizations of <paramref name="files"/> (in input order, as loaded); returns
    /// the files outside the inputs that the builds read, for the run to add once the walk's skipping is done.</summary>
    public static List<SourceFile> Apply(List<SourceFile> files, LoadLimits limits, string workingDirectory)
    {
        var kustomizations = new List<KustomizationFile>();
        foreach (var file in files)
        {
            if (KustomizationFiles.IsKustomizationName(Path.GetFileName(file.FullPath)) && KustomizationFile.Read(file) is { } kustomization)
            {
                kustomizations.Add(kustomization);
            }
        }

        var referenced = ReferencedKustomizations(kustomizations);
        var provider = new KustomizeFiles(files, new ManifestLoader(limits), workingDirectory);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var built = new List<(KustomizationFile Kustomization, List<BuiltResource> Resources)>();
        // Top-level ones first; then any that no build reached (kustomizations that use each other in a cycle).
        foreach (var kustomization in kustomizations.Where(k => !referenced.Contains(k.File.FullPath)).Concat(kustomizations))
        {
            if (used.Contains(kustomization.File.FullPath) || kustomization.IsComponent)
            {
                continue; // Linted through the overlay that uses it, or built already; a Component only within one.
            }

            var build = new KustomizeBuild(provider);
            built.Add((kustomization, build.Build(kustomization)));
            used.UnionWith(build.Used);
        }

        foreach (var component in kustomizations)
        {
            if (component.IsComponent && !used.Contains(component.File.FullPath))
            {
                // A Component no build reached: its resource files are still its own, not plain manifests.
                foreach (var path in component.Paths("resources"))
                {
                    used.Add(Path.GetFullPath(path.Value, component.Folder));
                }
            }
        }

        foreach (var file in files)
        {
            if (used.Contains(file.FullPath) || referenced.Contains(file.FullPath) || KustomizationFiles.IsKustomizationName(Path.GetFileName(file.FullPath)))
            {
                file.DocumentList.Clear();
            }
        }

        foreach (var extra in provider.Extra)
        {
            extra.DocumentList.Clear();
        }

        foreach (var (kustomization, resources) in built)
        {
            var documents = kustomization.File.DocumentList;
            documents.Clear();
            foreach (var resource in resources)
            {
                var document = new SourceDocument(kustomization.File, documents.Count, resource.Root);
                if (KubeObjectFactory.TryReadType(resource.Root, out var apiVersion, out var kind))
                {
                    document.ObjectList.Add(new KubeObject(document, resource.Root, null, apiVersion, kind) { Origins = resource.Origins });
                }

                documents.Add(document);
            }
        }

        return provider.Extra;
    }

    /// <summary>Kustomizations that another one among the inputs lists as a resource or component folder: they are
    /// built as part of it, not on their own.</summary>
    private static HashSet<string> ReferencedKustomizations(List<KustomizationFile> kustomizations)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kustomization in kustomizations)
        {
            foreach (var field in new[] { "resources", "bases", "components" })
            {
                foreach (YScalar path in kustomization.Paths(field))
                {
                    var folder = Path.GetFullPath(path.Value, kustomization.Folder);
                    if (Directory.Exists(folder) && KustomizationFiles.FindIn(folder, out _) is { } found && found != kustomization.File.FullPath)
                    {
                        referenced.Add(found);
                    }
                }
            }
        }

        return referenced;
    }
}
