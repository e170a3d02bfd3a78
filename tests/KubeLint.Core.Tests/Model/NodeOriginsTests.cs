using KubeLint.Core.Diagnostics;
using KubeLint.Core.Loading;
using KubeLint.Core.Model;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Model;

public class NodeOriginsTests
{
    [Fact]
    public void A_node_recorded_from_another_file_is_located_there_and_others_stay_in_the_objects_file()
    {
        var loader = new ManifestLoader();
        var baseFile = loader.LoadText("base/deploy.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {k: v}\n");
        var patchFile = loader.LoadText("overlay/patch.yaml", "data:\n  k: patched\n");
        var obj = baseFile.Documents.Single().Objects.Single();
        var patched = ((YMapping)patchFile.Documents.Single().Root!).GetMapping("data")!["k"]!;

        obj.Origins = new NodeOrigins();
        obj.Origins.AddTree(patchFile.Documents.Single().Root!, patchFile);

        var there = Location.Of(obj, patched);
        Assert.Equal("overlay/patch.yaml(2,6)", there.ToString());
        var own = Location.Of(obj, obj.Root.GetMapping("data")!["k"]!);
        Assert.Equal("base/deploy.yaml(4,11)", own.ToString());
    }

    [Fact]
    public void The_first_record_of_a_node_wins()
    {
        var loader = new ManifestLoader();
        var first = loader.LoadText("a.yaml", "x: 1\n");
        var second = loader.LoadText("b.yaml", "y: 2\n");
        var origins = new NodeOrigins();
        var root = first.Documents.Single().Root!;
        origins.Add(root, first);
        origins.AddTree(root, second);
        Assert.Same(first, origins.FileOf(root));
        Assert.Same(second, origins.FileOf(((YMapping)root)["x"]!));
        Assert.Null(origins.FileOf(second.Documents.Single().Root!));
    }
}
