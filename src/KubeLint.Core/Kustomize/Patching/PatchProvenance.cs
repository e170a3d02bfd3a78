using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Kustomize.Patching;

/// <summary>
/// Records where the nodes of a patched object were written. Values the patch sets are the patch's own nodes
/// (recorded with <see cref="PatchFile"/> when the patch is applied); a mapping or sequence that had to be rebuilt
/// borrows the span of the node it replaces and is recorded with that node's file, so a finding on it points at the
/// line the user wrote.
/// </summary>
/// <param name="Origins">The built object's origins (the caller sets them as <c>KubeObject.Origins</c>).</param>
/// <param name="TargetFile">The file of target nodes <paramref name="Origins"/> does not know (the base's file).</param>
/// <param name="PatchFile">The file the patch was read from.</param>
internal sealed record PatchProvenance(NodeOrigins Origins, SourceFile TargetFile, SourceFile PatchFile)
{
    /// <summary>Records every node of a patch document, once per application.</summary>
    internal void RecordPatch(YNode patchRoot) => Origins.AddTree(patchRoot, PatchFile);

    /// <summary>Records a rebuilt node with the file of the node whose span it borrows.</summary>
    internal void RecordRebuilt(YNode rebuilt, YNode borrowedFrom) =>
        Origins.Add(rebuilt, Origins.FileOf(borrowedFrom) ?? TargetFile);
}
