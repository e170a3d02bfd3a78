using KubeLint.Core.Kustomize.Patching;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Kustomize.Patching;

/// <summary>RFC 6902 as kustomize applies it with evanphx/json-patch v4 (kubernetes-sigs/kustomize api/filters/patchjson6902).</summary>
public class JsonPatch6902Tests
{
    private const string Base = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: x\n    - name: b\n      image: y\n";

    private static (PatchTrees Trees, PatchResult Result) Apply(string patch)
    {
        var trees = new PatchTrees(Base, patch);
        return (trees, JsonPatch6902.Apply(trees.Target, trees.Patch, trees.Provenance));
    }

    private static YSequence Containers(YMapping root) => root.GetMapping("spec")!.GetSequence("containers")!;

    [Fact]
    public void Add_with_dash_appends_and_with_an_index_inserts_reusing_the_patchs_value()
    {
        var (trees, result) = Apply("- op: add\n  path: /spec/containers/-\n  value: {name: c, image: z}\n- op: add\n  path: /spec/containers/0\n  value: {name: first}\n");
        var containers = Containers(result.Object!);
        Assert.Equal(["first", "a", "b", "c"], containers.Mappings.Select(c => c.GetString("name")));
        Assert.Equal(["patch.yaml:6:10", "base.yaml:7:7", "base.yaml:9:7", "patch.yaml:3:10"], containers.Items.Select(trees.Where));
        Assert.Equal("base.yaml:7:5", trees.Where(containers)); // the rebuilt list borrows the target's span
    }

    [Fact]
    public void Add_of_a_new_key_gets_a_key_located_at_the_operations_path_and_tilde_escapes_are_decoded()
    {
        var (trees, result) = Apply("- op: add\n  path: /metadata/labels\n  value: {}\n- op: add\n  path: /metadata/labels/a~1b~0c\n  value: v\n");
        var labels = result.Object!.GetMapping("metadata")!.GetMapping("labels")!;
        Assert.Equal("a/b~c", labels.Entries[0].Key.Value);
        Assert.Equal("patch.yaml:5:9", trees.Where(labels.Entries[0].Key));
    }

    [Fact]
    public void Replace_remove_copy_move_and_test_apply_in_order()
    {
        var (_, result) = Apply("""
            - op: test
              path: /spec/containers/1/name
              value: b
            - op: replace
              path: /spec/containers/0/image
              value: x2
            - op: copy
              from: /spec/containers/0/image
              path: /spec/containers/1/image
            - op: move
              from: /spec/containers/1
              path: /spec/containers/0
            - op: remove
              path: /spec/containers/1/image
            """ + "\n");
        Assert.Null(result.Error);
        var containers = Containers(result.Object!).Mappings.ToList();
        Assert.Equal([("b", "x2"), ("a", null)], containers.Select(c => (c.GetString("name"), c.GetString("image"))));
    }

    [Theory]
    [InlineData("- op: replace\n  path: /spec/replicas\n  value: 3\n", "1:3: JSON patch operation 1 (replace /spec/replicas): /spec has no field \"replicas\"")]
    [InlineData("- op: remove\n  path: /spec/containers/5\n", "1:3: JSON patch operation 1 (remove /spec/containers/5): index 5 is out of range, /spec/containers has 2 items")]
    [InlineData("- op: add\n  path: /spec/volumes/0\n  value: {}\n", "1:3: JSON patch operation 1 (add /spec/volumes/0): /spec has no field \"volumes\"")]
    [InlineData("- op: test\n  path: /spec/containers/0/image\n  value: nope\n", "1:3: JSON patch operation 1 (test /spec/containers/0/image): test failed: the value there is \"x\", not \"nope\"")]
    [InlineData("- op: add\n  path: /spec/x\n", "1:3: JSON patch operation 1 (add /spec/x): it has no value")]
    [InlineData("- op: frob\n  path: /spec\n", "1:3: JSON patch operation 1 (frob /spec): unknown op \"frob\"; RFC 6902 has add, remove, replace, move, copy and test")]
    [InlineData("- op: add\n  path: spec\n  value: 1\n", "1:3: JSON patch operation 1 (add spec): the path must be empty or start with /")]
    [InlineData("- op: test\n  path: /spec/containers/0/name\n  value: a\n- op: move\n  from: /spec\n  path: /spec/containers/0\n", "4:3: JSON patch operation 2 (move /spec/containers/0): cannot move /spec into itself")]
    public void A_failing_operation_is_an_error_at_that_operation_saying_why(string patch, string expected)
    {
        var (_, result) = Apply(patch);
        Assert.Null(result.Object);
        Assert.Equal(expected, result.Error!.ToString());
    }

    [Theory]
    [InlineData("- op: replace\n  path: /spec/containers/0/image\n  value: 3\n")] // the look-alikes of the failing cases: each applies
    [InlineData("- op: remove\n  path: /spec/containers/1\n")]
    [InlineData("- op: add\n  path: /spec/volumes\n  value: []\n")]
    [InlineData("- op: test\n  path: /spec/containers/0/image\n  value: x\n")]
    [InlineData("- op: remove\n  path: /spec/containers/-1\n")] // evanphx/json-patch counts negative indices from the end
    public void The_valid_look_alikes_apply(string patch) => Assert.Null(Apply(patch).Result.Error);

    [Fact]
    public void Test_compares_as_json_values()
    {
        var trees = new PatchTrees("apiVersion: v1\nkind: X\nmetadata: {name: n}\nspec: {replicas: 3, on: yes, m: {a: 1, b: 2}}\n", "- {op: test, path: /spec/replicas, value: 3.0}\n- {op: test, path: /spec/m, value: {b: 2, a: 1}}\n");
        Assert.Null(JsonPatch6902.Apply(trees.Target, trees.Patch, null).Error);
        var differs = new PatchTrees("apiVersion: v1\nkind: X\nmetadata: {name: n}\nspec: {replicas: 3}\n", "- {op: test, path: /spec/replicas, value: \"3\"}\n");
        Assert.Equal("JSON patch operation 1 (test /spec/replicas): test failed: the value there is 3, not \"3\"", JsonPatch6902.Apply(differs.Target, differs.Patch, null).Error!.Message);
    }
}
