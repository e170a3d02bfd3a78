using KubeLint.Core.Analysis;
using KubeLint.Core.Engine;

namespace KubeLint.Core.Tests.Engine;

public class AnalyzerCatalogTests
{
    [Fact]
    public void Lists_every_concrete_analyzer_of_the_assembly_once_in_full_name_order()
    {
        var expected = typeof(KubeAnalyzer).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(KubeAnalyzer)) && !t.IsAbstract)
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();

        var listed = AnalyzerCatalog.CreateBuiltIns().Select(a => a.GetType().FullName!).ToList();

        Assert.Equal(expected, listed);
    }

    [Fact]
    public void Creates_new_instances_on_every_call()
    {
        var first = AnalyzerCatalog.CreateBuiltIns();
        var second = AnalyzerCatalog.CreateBuiltIns();

        Assert.All(first.Zip(second), pair => Assert.NotSame(pair.First, pair.Second));
    }
}
