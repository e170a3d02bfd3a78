using KubeLint.Core.Engine;
using KubeLint.Core.Loading;
using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Kustomize;

/// <summary>
/// The in-process build of the trees under TestData/kustomize, object by object, against what
/// <c>kubectl kustomize</c> (kustomize 5.5 in kubectl 1.32) prints for the same folder: a base with commonLabels
/// (into selectors and templates) and a configMapGenerator (literals, envs, files; the hash suffix of
/// kubernetes-sigs/kustomize api/hasher/hasher.go), a component with labels, an overlay with namePrefix, namespace,
/// images, replicas and a secretGenerator, and one with nameSuffix, labels, commonAnnotations, an image digest and a
/// generator merged into the base's, whose name references (kustomize's namereference.go field specs) follow.
/// </summary>
public sealed class KustomizeOracleTests
{
    public static TheoryData<string> Trees => new() { "base", "overlays/dev", "overlays/prod" };

    [KubectlTheory]
    [MemberData(nameof(Trees))]
    public void In_process_build_matches_kubectl_kustomize_object_by_object(string tree) =>
        AssertBuildMatchesKubectl(Path.Combine(RepoPaths.Root, "tests", "KubeLint.Core.Tests", "TestData", "kustomize", tree));

    /// <summary>Lints <paramref name="folder"/> (a kustomization) and holds the built objects to what
    /// <c>kubectl kustomize</c> prints for it, object by object.</summary>
    internal static void AssertBuildMatchesKubectl(string folder)
    {
        var expected = ByIdentity(new ManifestLoader().LoadText("kubectl-kustomize.yaml", KubectlKustomize.Build(folder)).Documents
            .Select(d => d.Root).OfType<YMapping>());

        var result = new LintEngine().Run(new LintOptions { Paths = ["."], WorkingDirectory = folder });
        var actual = ByIdentity(result.Workspace.Objects.Select(o => o.Root));

        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (id, tree_) in expected)
        {
            Assert.Equal((id, tree_), (id, actual[id]));
        }
    }

    private static Dictionary<string, string> ByIdentity(IEnumerable<YMapping> roots) =>
        roots.ToDictionary(
            r => $"{r.GetString("apiVersion")} {r.GetString("kind")} {r.GetMapping("metadata")?.GetString("namespace")}/{r.GetMapping("metadata")?.GetString("name")}",
            r => CanonicalTree.Of(r));
}
