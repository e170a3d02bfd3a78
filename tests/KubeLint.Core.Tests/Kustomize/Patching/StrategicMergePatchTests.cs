using KubeLint.Core.Kustomize.Patching;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Kustomize.Patching;

/// <summary>Strategic merge as kyaml's merge2 applies it (kubernetes-sigs/kustomize kyaml/yaml/merge2/merge2.go, Merger).</summary>
public class StrategicMergePatchTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2
          template:
            spec:
              containers:
                - name: app
                  image: nginx:1.25
                - name: side
                  image: busybox
        """;

    [Fact]
    public void Set_values_are_the_patchs_nodes_and_rebuilt_containers_point_at_the_target()
    {
        var trees = new PatchTrees(Deployment + "\n", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                    - name: app
                      image: nginx:1.27
                    - name: extra
                      image: envoy
            """ + "\n");
        var result = StrategicMergePatch.Apply(trees.Target, trees.Patch, trees.Provenance);
        Assert.Null(result.Error);
        // containers merge by name (merge key from the 1.21 schema); kustomize puts the patch's items first; a value the
        // patch restates (apiVersion) is the patch's node, as Merger.VisitScalar takes the patch's.
        Assert.Equal("""
            $ @ base.yaml:1:1
            $.apiVersion = apps/v1 @ patch.yaml:1:13
            $.kind = Deployment @ patch.yaml:2:7
            $.metadata @ base.yaml:4:3
            $.metadata.name = web @ patch.yaml:4:9
            $.spec @ base.yaml:6:3
            $.spec.replicas = 2 @ base.yaml:6:13
            $.spec.template @ base.yaml:8:5
            $.spec.template.spec @ base.yaml:9:7
            $.spec.template.spec.containers @ base.yaml:10:9
            $.spec.template.spec.containers[0] @ base.yaml:10:11
            $.spec.template.spec.containers[0].name = app @ patch.yaml:9:17
            $.spec.template.spec.containers[0].image = nginx:1.27 @ patch.yaml:10:18
            $.spec.template.spec.containers[1] @ patch.yaml:11:11
            $.spec.template.spec.containers[1].name = extra @ patch.yaml:11:17
            $.spec.template.spec.containers[1].image = envoy @ patch.yaml:12:18
            $.spec.template.spec.containers[2] @ base.yaml:12:11
            $.spec.template.spec.containers[2].name = side @ base.yaml:12:17
            $.spec.template.spec.containers[2].image = busybox @ base.yaml:13:18

            """, trees.Render(result.Object!));
        Assert.Equal("2", trees.Target.GetMapping("spec")!.GetString("replicas")); // the target is not changed
        Assert.Equal("nginx:1.25", ((YMapping)trees.Target.GetMapping("spec")!.GetMapping("template")!.GetMapping("spec")!.GetSequence("containers")!.Items[0]).GetString("image"));
    }

    [Fact]
    public void A_null_removes_the_key_and_a_key_the_patch_does_not_name_stays()
    {
        var trees = new PatchTrees(Deployment + "\n", "metadata: {name: web}\nspec:\n  replicas: null\n");
        var spec = StrategicMergePatch.Apply(trees.Target, trees.Patch, trees.Provenance).Object!.GetMapping("spec")!;
        Assert.Null(spec["replicas"]);
        Assert.NotNull(spec["template"]);

        var lookAlike = new PatchTrees(Deployment + "\n", "metadata: {name: web}\nspec:\n  paused: true\n");
        var kept = StrategicMergePatch.Apply(lookAlike.Target, lookAlike.Patch, lookAlike.Provenance).Object!.GetMapping("spec")!;
        Assert.Equal("2", kept.GetString("replicas"));
        Assert.Equal("paused = true @ patch.yaml:3:11", "paused = " + kept.GetString("paused") + " @ " + lookAlike.Where(kept["paused"]!));
    }

    [Fact]
    public void Patch_delete_on_a_list_item_removes_it_and_on_the_root_removes_the_object()
    {
        var trees = new PatchTrees(Deployment + "\n", "spec:\n  template:\n    spec:\n      containers:\n        - name: side\n          $patch: delete\n");
        var containers = StrategicMergePatch.Apply(trees.Target, trees.Patch, trees.Provenance).Object!
            .GetMapping("spec")!.GetMapping("template")!.GetMapping("spec")!.GetSequence("containers")!;
        Assert.Equal(["app"], containers.Mappings.Select(c => c.GetString("name")));

        var root = new PatchTrees(Deployment + "\n", "$patch: delete\n");
        var deleted = StrategicMergePatch.Apply(root.Target, root.Patch, root.Provenance);
        Assert.True(deleted.Deleted);
        Assert.False(StrategicMergePatch.Apply(root.Target, new PatchTrees("a: 1\n", "$patch: merge\n").Patch, null).Deleted);
    }

    [Fact]
    public void Patch_replace_on_a_mapping_takes_the_patchs_mapping_without_the_directive()
    {
        var trees = new PatchTrees(Deployment + "\n", "spec:\n  template:\n    $patch: replace\n    metadata: {labels: {a: b}}\n");
        var template = StrategicMergePatch.Apply(trees.Target, trees.Patch, trees.Provenance).Object!.GetMapping("spec")!.GetMapping("template")!;
        Assert.Equal(["metadata"], template.Entries.Select(e => e.Key.Value));
        Assert.Equal("patch.yaml:3:5", trees.Where(template)); // borrows the patch mapping's span: it is the patch's
    }

    [Fact]
    public void An_unknown_directive_is_an_error_at_its_value()
    {
        var trees = new PatchTrees(Deployment + "\n", "spec:\n  $patch: remove\n");
        var result = StrategicMergePatch.Apply(trees.Target, trees.Patch, trees.Provenance);
        Assert.Equal("2:11: unknown strategic merge patch directive $patch: remove; kustomize knows delete, replace and merge", result.Error!.ToString());
        Assert.Null(StrategicMergePatch.Apply(trees.Target, new PatchTrees("a: 1\n", "spec:\n  $patch: merge\n").Patch, null).Error);
    }

    [Fact]
    public void A_mapping_where_the_target_has_a_scalar_is_an_error_at_the_patch_node()
    {
        var trees = new PatchTrees(Deployment + "\n", "spec:\n  replicas:\n    value: 3\n");
        var result = StrategicMergePatch.Apply(trees.Target, trees.Patch, trees.Provenance);
        Assert.Equal("3:5: spec.replicas: the patch has a mapping where the target has a scalar", result.Error!.ToString());
        Assert.Null(StrategicMergePatch.Apply(trees.Target, new PatchTrees("a: 1\n", "spec:\n  replicas: 3\n").Patch, null).Error);
    }

    [Fact]
    public void Kind_and_name_are_put_back_unless_the_options_allow_changing_them()
    {
        var trees = new PatchTrees(Deployment + "\n", "kind: StatefulSet\nmetadata:\n  name: other\n  namespace: prod\n");
        var kept = StrategicMergePatch.Apply(trees.Target, trees.Patch, trees.Provenance).Object!;
        Assert.Equal(("Deployment", "web", null), (kept.GetString("kind"), kept.GetMapping("metadata")!.GetString("name"), kept.GetMapping("metadata")!.GetString("namespace")));
        var changed = StrategicMergePatch.Apply(trees.Target, trees.Patch, trees.Provenance, options: new StrategicMergeOptions(AllowNameChange: true, AllowKindChange: true)).Object!;
        Assert.Equal(("StatefulSet", "other"), (changed.GetString("kind"), changed.GetMapping("metadata")!.GetString("name")));
    }

    [Fact]
    public void A_custom_resources_lists_are_replaced_and_a_built_in_kinds_merged()
    {
        const string Items = "spec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: x\n";
        var custom = new PatchTrees(Deployment.Replace("apps/v1", "example.com/v1", StringComparison.Ordinal) + "\n", Items);
        var replaced = StrategicMergePatch.Apply(custom.Target, custom.Patch, custom.Provenance).Object!
            .GetMapping("spec")!.GetMapping("template")!.GetMapping("spec")!.GetSequence("containers")!;
        Assert.Same(((YMapping)custom.Patch).GetMapping("spec")!.GetMapping("template")!.GetMapping("spec")!.GetSequence("containers"), replaced);

        var builtIn = new PatchTrees(Deployment + "\n", Items);
        var merged = StrategicMergePatch.Apply(builtIn.Target, builtIn.Patch, builtIn.Provenance).Object!
            .GetMapping("spec")!.GetMapping("template")!.GetMapping("spec")!.GetSequence("containers")!;
        Assert.Equal(["app", "side"], merged.Mappings.Select(c => c.GetString("name")));
    }

    [Fact]
    public void Primitive_merge_lists_take_the_patchs_values_first_and_other_lists_are_replaced()
    {
        var trees = new PatchTrees("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  finalizers: [a, b]\n", "metadata:\n  finalizers: [c, a]\n");
        var finalizers = StrategicMergePatch.Apply(trees.Target, trees.Patch, trees.Provenance).Object!.GetMapping("metadata")!.GetSequence("finalizers")!;
        Assert.Equal(["c", "a", "b"], finalizers.Items.Select(i => ((YScalar)i).Value)); // metadata.finalizers: strategy merge, no key
        Assert.Equal(["patch.yaml:2:16", "base.yaml:5:16", "base.yaml:5:19"], finalizers.Items.Select(trees.Where)); // a value both have is the target's node
    }

    [Fact]
    public void Directives_kustomize_does_not_read_stay_as_fields()
    {
        // kyaml/yaml/merge2/smpdirective.go knows only $patch; $setElementOrder and $retainKeys pass through as fields.
        var trees = new PatchTrees(Deployment + "\n", "spec:\n  $retainKeys: [replicas]\n");
        var spec = StrategicMergePatch.Apply(trees.Target, trees.Patch, trees.Provenance).Object!.GetMapping("spec")!;
        Assert.NotNull(spec["$retainKeys"]);
        Assert.NotNull(spec["template"]);
    }

    [Fact]
    public void A_patch_nested_beyond_the_bound_is_an_error_not_a_stack_overflow()
    {
        var deep = string.Concat(Enumerable.Repeat("{a: ", 120)) + "1" + new string('}', 120);
        var trees = new PatchTrees("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n", "x: " + deep + "\n");
        var result = StrategicMergePatch.Apply(trees.Target, trees.Patch, trees.Provenance);
        Assert.Equal("the patch nests deeper than 100 levels", result.Error!.Message);
        var shallow = new PatchTrees("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n", "x: {a: {a: 1}}\n");
        Assert.Null(StrategicMergePatch.Apply(shallow.Target, shallow.Patch, shallow.Provenance).Error);
    }
}
