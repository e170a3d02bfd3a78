using System.Diagnostics;
using KubeLint.Core.Kustomize.Patching;
using KubeLint.Core.Loading;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Core.Yaml;
using Xunit.Abstractions;

namespace KubeLint.Core.Tests.Kustomize.Patching;

/// <summary>
/// Each folder of TestData/kustomize-patch is a base and one patch; <c>kubectl kustomize</c> (kustomize 5.5) builds it
/// and our patch library, applied to the base's tree, must give JSON-equal objects. Skipped when kubectl is absent.
/// </summary>
public class KustomizeOracleTests(ITestOutputHelper output)
{
    private static readonly string Root = Path.Combine(RepoPaths.Root, "tests", "KubeLint.Core.Tests", "TestData", "kustomize-patch");

    [Theory]
    [InlineData("smp-containers")] // containers merged by name (merge key from the 1.21 schema)
    [InlineData("smp-env")] // env merged by name inside a merged container
    [InlineData("smp-ports")] // ports on containerPort+protocol, kyaml's mergeValues and ordering
    [InlineData("smp-volumes")] // volumes: merge,retainKeys on name
    [InlineData("smp-delete-container")] // $patch: delete on a list item
    [InlineData("smp-replace")] // $patch: replace on a list, and kustomize ignoring it on an item
    [InlineData("smp-null")] // null deletes a key, a list, a label
    [InlineData("json6902-ops")] // test, replace, add with - and an index, remove, copy, move, ~1 in a key
    [InlineData("target-label")] // target by labelSelector (in, !)
    [InlineData("target-name-regex")] // target by anchored regexes on group, kind and name
    [InlineData("crd-list")] // a custom resource: no schema, so lists are replaced
    public void Our_patches_give_what_kubectl_kustomize_builds(string name)
    {
        var kubectl = FindKubectl();
        if (kubectl is null)
        {
            output.WriteLine("kubectl is not on PATH: oracle comparison skipped");
            return;
        }

        var dir = Path.Combine(Root, name);
        var expected = Objects(new ManifestLoader().LoadText("kustomize.yaml", Run(kubectl, dir)));
        var actual = Build(dir);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (id, tree) in expected)
        {
            Assert.True(NodeEquality.JsonEquals(tree, actual[id]), $"{name}: {id} differs\nkustomize:\n{Show(tree)}\nours:\n{Show(actual[id])}");
        }
    }

    /// <summary>Reads the case's one patch entry (path, target) — test scaffolding, not a kustomization reader.</summary>
    private static Dictionary<string, YNode> Build(string dir)
    {
        var loader = new ManifestLoader();
        var kustomization = (YMapping)loader.LoadText("kustomization.yaml", File.ReadAllText(Path.Combine(dir, "kustomization.yaml"))).Documents[0].Root!;
        var entry = (YMapping)kustomization.GetSequence("patches")!.Items[0];
        var baseFile = loader.LoadText("base.yaml", File.ReadAllText(Path.Combine(dir, "base.yaml")));
        var patchFile = loader.LoadText("patch.yaml", File.ReadAllText(Path.Combine(dir, entry.GetString("path")!)));
        var objects = baseFile.Documents.Select(d => (YMapping)d.Root!).ToList();
        var target = entry.GetMapping("target") is { } t ? PatchTarget.Read(t, out var targetError) : null;
        foreach (var patch in PatchDocuments.Read(patchFile))
        {
            var candidates = objects.Select(o => PatchCandidate.Of(o)).ToList();
            var selected = new List<int>();
            if (target is not null)
            {
                for (var i = 0; i < candidates.Count; i++)
                {
                    if (target.Matches(candidates[i], out var error))
                    {
                        selected.Add(i);
                    }

                    Assert.Null(error);
                }
            }
            else
            {
                selected.Add(PatchIdMatch.Find((YMapping)patch.Root, candidates, out var error));
                Assert.Null(error);
            }

            foreach (var i in selected)
            {
                var result = patch.Kind == PatchKind.Json6902
                    ? JsonPatch6902.Apply(objects[i], patch.Root, null)
                    : StrategicMergePatch.Apply(objects[i], patch.Root, null);
                Assert.Null(result.Error);
                objects[i] = result.Object!;
            }
        }

        return Objects(objects);
    }

    private static Dictionary<string, YNode> Objects(KubeLint.Core.Model.SourceFile file) =>
        Objects(file.Documents.Select(d => (YMapping)d.Root!));

    private static Dictionary<string, YNode> Objects(IEnumerable<YMapping> roots) =>
        roots.ToDictionary(r => r.GetString("kind") + "/" + r.GetMapping("metadata")!.GetString("name"), r => (YNode)r);

    private static string? FindKubectl() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Select(p => Path.Combine(p, "kubectl")).FirstOrDefault(File.Exists);

    private static string Run(string kubectl, string dir)
    {
        var start = new ProcessStartInfo(kubectl, ["kustomize", dir]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"kubectl kustomize {dir} failed: {errors}");
        return text;
    }

    private static string Show(YNode node, string indent = "") => node switch
    {
        YScalar s => s.Value,
        YSequence q => string.Concat(q.Items.Select(i => $"\n{indent}- {Show(i, indent + "  ")}")),
        YMapping m => string.Concat(m.Entries.Select(e => $"\n{indent}{e.Key.Value}: {Show(e.Value, indent + "  ")}")),
        _ => "?",
    };
}
