using KubeLint.Core.Kustomize.Patching;
using KubeLint.Core.Loading;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize;

/// <summary>
/// Applies a kustomization's patch entries to the objects built so far, as kustomize's PatchTransformer,
/// PatchStrategicMergeTransformer and PatchJson6902Transformer do (kubernetes-sigs/kustomize
/// api/internal/builtins/PatchTransformer.go, <c>Transform</c>): a patch with a target goes to every object the
/// target selects; a strategic merge patch without one to the one object its own id names (none is an error
/// kustomize stops on); a JSON 6902 patch needs a target. What kustomize rejects becomes KL0008 at the patch.
/// </summary>
internal sealed class KustomizePatches(KustomizeBuild build, KustomizeFiles files, KustomizationFile kustomization)
{
    public void Apply(PatchEntry entry, List<BuiltResource> resources)
    {
        if (Documents(entry) is not { } read)
        {
            return;
        }

        var (patchFile, documents) = read;
        PatchTarget? target = null;
        if (entry.Target is { } targetNode)
        {
            target = PatchTarget.Read(targetNode, out var targetError);
            if (target is null)
            {
                Reject(targetError, kustomization.File, targetNode);
                return;
            }
        }

        var options = entry.Node is YMapping mapping && mapping.GetMapping("options") is { } opts
            ? new StrategicMergeOptions(opts.GetString("allowNameChange") == "true", opts.GetString("allowKindChange") == "true")
            : default;
        foreach (var document in documents)
        {
            var kind = entry.Kind switch
            {
                Kustomize.PatchKind.StrategicMerge => Patching.PatchKind.StrategicMerge,
                Kustomize.PatchKind.Json6902 => Patching.PatchKind.Json6902,
                _ => document.Kind,
            };
            if (target is null)
            {
                if (kind == Patching.PatchKind.Json6902 || document.Root is not YMapping patch)
                {
                    KustomizeBuild.Reject(kustomization.File, entry.Node.Span, "a JSON 6902 patch needs a target: say which objects it applies to");
                    continue;
                }

                var index = PatchIdMatch.Find(patch, Candidates(resources), out var idError);
                if (index < 0)
                {
                    Reject(idError, patchFile, patch);
                    continue;
                }

                ApplyTo(resources, index, document.Root, kind, patchFile, options);
                continue;
            }

            var candidates = Candidates(resources);
            for (var i = candidates.Count - 1; i >= 0; i--)
            {
                if (!target.Matches(candidates[i], out var matchError))
                {
                    if (matchError is not null)
                    {
                        Reject(matchError, kustomization.File, entry.Target!);
                        return;
                    }

                    continue;
                }

                ApplyTo(resources, i, document.Root, kind, patchFile, options);
            }
        }
    }

    private static void ApplyTo(List<BuiltResource> resources, int index, YNode patch, Patching.PatchKind kind, SourceFile patchFile, StrategicMergeOptions options)
    {
        var resource = resources[index];
        var provenance = new PatchProvenance(resource.Origins, resource.File, patchFile);
        var result = kind == Patching.PatchKind.Json6902
            ? JsonPatch6902.Apply(resource.Root, patch, provenance)
            : StrategicMergePatch.Apply(resource.Root, patch, provenance, MergeKeyTable.Kustomize, options);
        if (result.Deleted)
        {
            resources.RemoveAt(index);
        }
        else if (result.Object is { } patched)
        {
            resource.Root = patched;
            resource.NoteName();
        }
        else
        {
            Reject(result.Error, patchFile, patch);
        }
    }

    /// <summary>The patch file's documents, or the inline patch's, loaded once; null (with KL0008) when it is missing.</summary>
    private (SourceFile File, IReadOnlyList<PatchDocument> Documents)? Documents(PatchEntry entry)
    {
        if (entry.Path is { } path)
        {
            var full = Path.GetFullPath(path.Value, kustomization.Folder);
            if (!File.Exists(full))
            {
                KustomizeBuild.Reject(kustomization.File, path.Span, $"patch file '{path.Value}' does not exist");
                return null;
            }

            build.Used.Add(full);
            var file = files.Get(full);
            return file.Problems.Count > 0 ? null : (file, PatchDocuments.Read(file)); // KL0001 reports a file that does not parse
        }

        if (entry.Inline is { } inline)
        {
            var file = InlinePatch.Load(inline, kustomization.File);
            if (file is null)
            {
                KustomizeBuild.Reject(kustomization.File, inline.Span, "the inline patch is not valid YAML");
                return null;
            }

            return (kustomization.File, PatchDocuments.Read(file));
        }

        KustomizeBuild.Reject(kustomization.File, entry.Node.Span, "a patch entry needs a 'path' or a 'patch'");
        return null;
    }

    private static List<PatchCandidate> Candidates(List<BuiltResource> resources)
    {
        var candidates = new List<PatchCandidate>(resources.Count);
        foreach (var resource in resources)
        {
            candidates.Add(PatchCandidate.Of(resource.Root, ClusterScopedKinds.Contains(resource.Kind)) with
            {
                OriginalName = resource.OriginalName,
                OriginalNamespace = resource.OriginalNamespace,
            });
        }

        return candidates;
    }

    private static void Reject(PatchError? error, SourceFile file, YNode fallback)
    {
        var at = error?.At ?? fallback;
        KustomizeBuild.Reject(file, at.Span, error?.Message ?? "the patch cannot be applied");
    }
}

/// <summary>An inline patch (<c>patch: |</c>) parsed with every node's span moved onto the kustomization's lines, so a
/// finding on a patched field points at the line in the kustomization where the patch wrote it.</summary>
internal static class InlinePatch
{
    public static SourceFile? Load(YScalar inline, SourceFile kustomization)
    {
        var parsed = new ManifestLoader().LoadText(kustomization.Path, inline.Value);
        if (parsed.Problems.Count > 0)
        {
            return null;
        }

        // A literal or folded block's text starts on the line after its indicator, at the block's indentation;
        // a flow or quoted scalar cannot be mapped line by line, so every node takes the scalar's own span.
        var text = kustomization.Text;
        var block = inline.Style is YScalarStyle.Literal or YScalarStyle.Folded && text is not null;
        var firstLine = inline.Start.Line + 1;
        var indent = 0;
        if (block && firstLine <= text!.LineCount)
        {
            var line = text.GetLine(firstLine);
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }
        }

        foreach (var document in parsed.Documents)
        {
            if (document.Root is { } root)
            {
                Respan(root, block, firstLine - 1, indent, inline.Span);
            }
        }

        return parsed;
    }

    private static void Respan(YNode root, bool block, int lineShift, int columnShift, Text.SourceSpan whole)
    {
        foreach (var node in YTree.Nodes(root))
        {
            node.Span = block ? Shift(node.Span, lineShift, columnShift) : whole;
        }
    }

    private static Text.SourceSpan Shift(Text.SourceSpan span, int lines, int columns) =>
        new(span.Start with { Line = span.Start.Line + lines, Column = span.Start.Column + columns },
            span.End with { Line = span.End.Line + lines, Column = span.End.Column + columns });
}
