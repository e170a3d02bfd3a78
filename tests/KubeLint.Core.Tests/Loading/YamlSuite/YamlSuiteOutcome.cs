using System.Text.Json.Nodes;
using KubeLint.Core.Loading;

namespace KubeLint.Core.Tests.Loading.YamlSuite;

/// <summary>How our loader reads one suite case, against what the suite says: null when they agree, else why not.</summary>
internal static class YamlSuiteOutcome
{
    public static bool HasLoadProblem(YamlSuiteCase suiteCase) => Load(suiteCase).Problems.Count > 0;

    public static string? Disagreement(YamlSuiteCase suiteCase)
    {
        var file = Load(suiteCase);
        if (suiteCase.Error)
        {
            return file.Problems.Count > 0 ? null : "invalid YAML was accepted (no KL0001)";
        }

        if (file.Problems.Count > 0)
        {
            var problem = file.Problems[0];
            return $"valid YAML was rejected: KL0001 at {problem.Span.Start.Line}:{problem.Span.Start.Column}: {problem.Message}";
        }

        if (suiteCase.Json is null)
        {
            return null;
        }

        var expected = JsonDifference.ParseAll(suiteCase.Json);
        var actual = file.Documents.Select(d => YamlToJson.Convert(d.Root)).ToList();
        if (expected.Count != actual.Count)
        {
            return $"{expected.Count} documents expected, {actual.Count} loaded: {string.Join(" --- ", actual.Select(Show))}";
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (JsonDifference.Find(expected[i], actual[i]) is { } difference)
            {
                return $"document {i + 1}: {difference}";
            }
        }

        return null;
    }

    private static KubeLint.Core.Model.SourceFile Load(YamlSuiteCase suiteCase) =>
        new ManifestLoader().LoadText(suiteCase.Id.Replace('/', '-') + ".yaml", suiteCase.Yaml);

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
