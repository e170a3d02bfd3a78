using KubeLint.Core.Model;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Core.Yaml;

namespace KubeLint.Core.Tests.Model;

public class LabelSelectorTests
{
    private static readonly Dictionary<string, string> Web = new() { ["app"] = "web", ["tier"] = "frontend" };

    [Theory]
    [InlineData("matchLabels: {app: web}", true)]
    [InlineData("matchLabels: {app: db}", false)]
    [InlineData("matchLabels: {app: web, tier: frontend}", true)]
    [InlineData("matchExpressions: [{key: tier, operator: In, values: [frontend, backend]}]", true)]
    [InlineData("matchExpressions: [{key: tier, operator: In, values: [backend]}]", false)]
    [InlineData("matchExpressions: [{key: tier, operator: NotIn, values: [backend]}]", true)]
    [InlineData("matchExpressions: [{key: tier, operator: NotIn, values: [frontend]}]", false)]
    [InlineData("matchExpressions: [{key: missing, operator: NotIn, values: [x]}]", true)]
    [InlineData("matchExpressions: [{key: app, operator: Exists}]", true)]
    [InlineData("matchExpressions: [{key: missing, operator: Exists}]", false)]
    [InlineData("matchExpressions: [{key: missing, operator: DoesNotExist}]", true)]
    [InlineData("matchExpressions: [{key: app, operator: DoesNotExist}]", false)]
    [InlineData("{matchLabels: {app: web}, matchExpressions: [{key: tier, operator: In, values: [backend]}]}", false)]
    public void Evaluates_label_selectors(string yaml, bool matches)
    {
        var selector = LabelSelector.FromLabelSelector(Load(yaml))!;
        Assert.True(selector.IsEvaluable, selector.Problem);
        Assert.Equal(matches, selector.Matches(Web));
    }

    [Fact]
    public void Map_selectors_are_equality_on_every_key()
    {
        var selector = LabelSelector.FromMap(Load("{app: web, tier: backend}"))!;
        Assert.False(selector.Matches(Web));
        Assert.Equal("tier=backend", selector.FirstMismatch(Web)!.ToString());
        Assert.Equal("app=web,tier=backend", selector.ToString());
    }

    [Theory]
    [InlineData("matchExpressions: [{key: app, operator: Like, values: [web]}]", "unknown operator")]
    [InlineData("matchExpressions: [{key: app, operator: In}]", "needs values")]
    [InlineData("matchExpressions: [{key: app, operator: Exists, values: [web]}]", "takes no values")]
    [InlineData("matchLabels: [app]", "not a mapping")]
    public void Selectors_the_apiserver_rejects_are_not_evaluated(string yaml, string problem)
    {
        var selector = LabelSelector.FromLabelSelector(Load(yaml))!;
        Assert.False(selector.IsEvaluable);
        Assert.Contains(problem, selector.Problem);
    }

    [Fact]
    public void An_empty_selector_has_no_requirement()
    {
        Assert.True(LabelSelector.FromLabelSelector(Load("{}"))!.IsEmpty);
        Assert.Null(LabelSelector.FromLabelSelector(null));
    }

    private static YMapping Load(string yaml)
    {
        using var folder = new TempFolder();
        folder.Write("s.yaml", $"apiVersion: v1\nkind: Selector\nmetadata: {{name: s}}\nselector: {(yaml.StartsWith('{') ? yaml : "{" + yaml + "}")}\n");
        var result = EngineRun.Lint(folder.Path, ["s.yaml"]);
        return result.Workspace.Objects[0].Root.GetMapping("selector")!;
    }
}
