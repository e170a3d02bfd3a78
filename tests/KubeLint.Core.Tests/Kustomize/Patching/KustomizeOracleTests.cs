using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Kustomize.Patching;

/// <summary>
/// Each folder of TestData/kustomize-patch is a base and one patch; <c>kubectl kustomize</c> (kustomize 5.5) builds it
/// and the in-process build, which applies the patch library, must give the same objects. Skipped, saying so, when
/// kubectl is absent.
/// </summary>
public class KustomizeOracleTests
{
    private static readonly string Root = Path.Combine(RepoPaths.Root, "tests", "KubeLint.Core.Tests", "TestData", "kustomize-patch");

    [KubectlTheory]
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
    public void Our_patches_give_what_kubectl_kustomize_builds(string name) =>
        Kustomize.KustomizeOracleTests.AssertBuildMatchesKubectl(Path.Combine(Root, name));
}
