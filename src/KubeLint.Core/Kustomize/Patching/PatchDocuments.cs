using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>The kind of patch a document holds, as kustomize tells them apart (PatchTransformer.go, Config).</summary>
internal enum PatchKind
{
    StrategicMerge,
    Json6902,
}

/// <summary>One patch read from a patch file: its document's root and what kind of patch it is.</summary>
internal sealed record PatchDocument(YNode Root, PatchKind Kind);

/// <summary>
/// The patches a loaded patch file holds: every non-empty document is one patch; a list is a JSON 6902 patch and a
/// mapping a strategic merge patch (kustomize tries both parsers and keeps the one that succeeds). A JSON 6902 patch
/// is one document; a strategic merge patch entry with a target may hold only one document
/// (PatchTransformer.go, transformStrategicMerge).
/// </summary>
internal static class PatchDocuments
{
    public static IReadOnlyList<PatchDocument> Read(SourceFile file)
    {
        var patches = new List<PatchDocument>(file.Documents.Count);
        foreach (var document in file.Documents)
        {
            if (YamlNulls.IsMissingOrNull(document.Root))
            {
                continue;
            }

            patches.Add(new PatchDocument(document.Root!, document.Root is YSequence ? PatchKind.Json6902 : PatchKind.StrategicMerge));
        }

        return patches;
    }
}
