using KubeLint.Core.Loading;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Model;

public class YTreeTests
{
    [Fact]
    public void Nodes_come_in_document_order_with_keys_and_an_aliased_node_once()
    {
        var root = new ManifestLoader().LoadText("m.yaml", "a: &x [1, 2]\nb: *x\nc: {d: e}\n").Documents.Single().Root!;
        var texts = YTree.Nodes(root).Select(n => n switch
        {
            YScalar s => s.Value,
            YSequence => "[]",
            YMapping => "{}",
            _ => "?",
        });
        Assert.Equal(["{}", "a", "[]", "1", "2", "b", "c", "{}", "d", "e"], texts);
    }
}
