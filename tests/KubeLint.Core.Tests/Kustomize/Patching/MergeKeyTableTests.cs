using KubeLint.Core.Kustomize.Patching;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.SchemaGen;

namespace KubeLint.Core.Tests.Kustomize.Patching;

public class MergeKeyTableTests
{
    [Theory]
    [InlineData("spec.template.spec.containers", "merge", "name")]
    [InlineData("spec.template.spec.containers[].ports", "merge", "containerPort,protocol")] // x-kubernetes-list-map-keys first
    [InlineData("spec.template.spec.volumes", "merge,retainKeys", "name")]
    [InlineData("metadata.finalizers", "merge", "")]
    public void The_embedded_table_has_kustomizes_merge_keys(string path, string strategy, string keys)
    {
        var found = MergeKeyTable.Kustomize.Find("apps/v1", "Deployment", path)!;
        Assert.Equal((strategy, keys), (found.Strategy, string.Join(',', found.Keys)));
        Assert.Null(MergeKeyTable.Kustomize.Find("apps/v1", "Deployment", "spec.template.spec.tolerations")); // no strategy: replaced
        Assert.False(MergeKeyTable.Kustomize.HasKind("example.com/v1", "Widget"));
    }

    [SharedDataFact]
    public void The_committed_table_is_what_the_generator_writes_now()
    {
        using var temp = new TempFolder();
        MergeKeyTableGenerator.Generate(SharedData.Folder!, temp.Path);
        var expected = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "schemas", "kustomize", "merge-keys.tsv"));
        Assert.Equal(expected, File.ReadAllText(Path.Combine(temp.Path, "kustomize", "merge-keys.tsv")));
    }
}
