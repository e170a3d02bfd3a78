using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Engine;

/// <summary>A document a folder walk found and did not lint: where it is and why.</summary>
/// <param name="Path">The file's display path.</param>
/// <param name="Document">0-based position of the document in its file, or null when the whole file was skipped.</param>
/// <param name="Reason">Why, e.g. <c>no apiVersion and no kind</c>.</param>
internal sealed record SkippedInput(string Path, int? Document, string Reason)
{
    public override string ToString() => Document is { } index ? $"{Path} (document {index + 1}): {Reason}" : $"{Path}: {Reason}";
}

/// <summary>
/// A folder walk meets files that are YAML or JSON but no manifests (Helm values, Grafana dashboards,
/// <c>appsettings.json</c>). In a file found by walking, a document that is no Kubernetes object (what KL0003 reports
/// for a file named on the command line: not a mapping, or a mapping without <c>apiVersion</c> or without <c>kind</c>)
/// is skipped: taken out of its file before the analyzers run, with its duplicate keys. Only those documents: the
/// others of a file that mixes both are linted. A file left without documents is dropped unless it has load problems
/// (KL0001 still reports a walked file that is not valid YAML). Empty documents are neither linted nor skipped.
/// </summary>
internal static class WalkSkipper
{
    public static List<SkippedInput> Apply(List<SourceFile> files, IReadOnlyList<InputFile> inputs)
    {
        var skipped = new List<SkippedInput>();
        var kept = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (inputs[i].IsHelmChart)
            {
                // The chart stands for its folder (KL0006); Chart.yaml itself is no manifest.
                file.IsHelmChart = true;
                file.DocumentList.Clear();
                file.DuplicateKeys.Clear();
                files[kept++] = file;
                continue;
            }

            if (!inputs[i].FromWalk || !Skip(file, skipped) || file.Problems.Count > 0)
            {
                files[kept++] = file;
            }
        }

        files.RemoveRange(kept, files.Count - kept);
        return skipped;
    }

    /// <summary>Takes the file's non-objects out; true when none of its documents is left.</summary>
    private static bool Skip(SourceFile file, List<SkippedInput> skipped)
    {
        var before = skipped.Count;
        var documents = file.DocumentList;
        var nonEmpty = 0;
        for (var d = documents.Count - 1; d >= 0; d--)
        {
            var document = documents[d];
            if (document.Root is null or YScalar { IsNull: true })
            {
                continue;
            }

            nonEmpty++;
            if (WhyNotAnObject(document.Root) is not { } reason)
            {
                continue;
            }

            var span = document.Root.Span;
            file.DuplicateKeys.RemoveAll(k => span.Contains(k.Span.Start));
            documents.RemoveAt(d);
            skipped.Insert(before, new SkippedInput(file.Path, document.Index, reason));
        }

        var all = skipped.Count - before == nonEmpty && nonEmpty > 0;
        if (all && nonEmpty == 1)
        {
            skipped[before] = skipped[before] with { Document = null };
        }

        return all;
    }

    /// <summary>The same test as KL0003's for a document (<c>KL0003NotAnObjectAnalyzer.Check</c>).</summary>
    private static string? WhyNotAnObject(YNode root)
    {
        if (root is not YMapping mapping)
        {
            return root is YSequence ? "a list, not a Kubernetes object" : "a plain value, not a Kubernetes object";
        }

        var apiVersion = mapping.GetString("apiVersion") is not null;
        var kind = mapping.GetString("kind") is not null;
        return (apiVersion, kind) switch
        {
            (true, true) => null,
            (false, false) => "no apiVersion and no kind",
            (false, true) => "no apiVersion",
            _ => "no kind",
        };
    }
}
