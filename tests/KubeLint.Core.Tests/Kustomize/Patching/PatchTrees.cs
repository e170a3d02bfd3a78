using System.Text;
using KubeLint.Core.Kustomize.Patching;
using KubeLint.Core.Loading;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Kustomize.Patching;

/// <summary>Loads a base and a patch as two files and renders a patched tree with where each node points (file:line:col).</summary>
internal sealed class PatchTrees
{
    private readonly ManifestLoader _loader = new();

    public PatchTrees(string baseText, string patchText)
    {
        BaseFile = _loader.LoadText("base.yaml", baseText);
        PatchFile = _loader.LoadText("patch.yaml", patchText);
        Provenance = new PatchProvenance(Origins, BaseFile, PatchFile);
    }

    public SourceFile BaseFile { get; }

    public SourceFile PatchFile { get; }

    public NodeOrigins Origins { get; } = new();

    public PatchProvenance Provenance { get; }

    public YMapping Target => (YMapping)BaseFile.Documents[0].Root!;

    public YNode Patch => PatchFile.Documents[0].Root!;

    /// <summary>One line per node: its path, its value for scalars, and the file and position it points at.</summary>
    public string Render(YNode node)
    {
        var text = new StringBuilder();
        Render(node, "$", text);
        return text.ToString();
    }

    public string Where(YNode node) => $"{(Origins.FileOf(node) ?? BaseFile).Path}:{node.Start}";

    private void Render(YNode node, string path, StringBuilder text)
    {
        text.Append(path).Append(node is YScalar s ? " = " + s.Value : string.Empty).Append(" @ ").Append(Where(node)).Append('\n');
        switch (node)
        {
            case YMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    Render(entry.Value, path + "." + entry.Key.Value, text);
                }

                break;
            case YSequence sequence:
                for (var i = 0; i < sequence.Count; i++)
                {
                    Render(sequence.Items[i], $"{path}[{i}]", text);
                }

                break;
        }
    }
}
