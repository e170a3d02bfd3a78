using KubeLint.Core.Engine;
using KubeLint.Core.Reporting;
using KubeLint.Core.Tests.Infrastructure;

namespace KubeLint.Core.Tests.Engine;

public class EngineDeterminismTests
{
    [Fact]
    public void Findings_are_the_same_in_the_same_order_whatever_the_parallelism()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 60; i++)
        {
            // Enough text to pass the threshold for parallel work, with findings in every file.
            var padding = string.Concat(Enumerable.Range(0, 200).Select(j => $"    key{j}: value {j} of file {i}\n"));
            folder.Write($"d{i % 7}/f{i:D2}.yaml", $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_{i}\n  labels:\n    a: x\n    a: y\ndata:\n{padding}---\nkind: Orphan\n");
        }

        // Named, not walked: a walk skips the `kind: Orphan` documents that KL0003 reports here.
        var named = Enumerable.Range(0, 60).Select(i => $"d{i % 7}/f{i:D2}.yaml").ToList();
        string Run(int parallelism) => string.Join('\n', new LintEngine()
            .Run(new LintOptions { Paths = named, WorkingDirectory = folder.Path, Parallelism = parallelism })
            .Diagnostics.Where(d => d.Id is "KL0002" or "KL0003" or "KL0005").Select(MsBuildReporter.Format));

        var sequential = Run(1);
        Assert.Equal(180, sequential.Split('\n').Length);
        Assert.StartsWith("d0/f00.yaml(4,9,4,14): error KL0005", sequential);
        Assert.Equal(sequential, Run(2));
        Assert.Equal(sequential, Run(0));
    }

    [Fact]
    public void Findings_that_differ_only_in_where_they_point_to_are_ordered_by_those_places()
    {
        var rule = KubeLint.Core.Rules.CrossObject.KL3005OverlappingSelectorsAnalyzer.Rule;
        KubeLint.Core.Diagnostics.Location At(string path, int line) => new(path, "/" + path, new KubeLint.Core.Text.SourceSpan(new(line, 7), new(line, 15)));
        KubeLint.Core.Diagnostics.Diagnostic Finding(params KubeLint.Core.Diagnostics.Location[] related) =>
            KubeLint.Core.Diagnostics.Diagnostic.Create(rule, At("a.yaml", 12), (KubeLint.Core.Model.KubeObject?)null, related, "RC/x", "Deployment/web", "same detail");
        var expected = new[] { Finding(), Finding(At("b.yaml", 13)), Finding(At("b.yaml", 30)), Finding(At("b.yaml", 30), At("c.yaml", 1)), Finding(At("c.yaml", 2)) };

        // Every rotation of the input, so the unstable sort meets the ties in different places.
        for (var shift = 0; shift < expected.Length; shift++)
        {
            var shuffled = expected.Skip(shift).Concat(expected.Take(shift)).Reverse().ToList();
            shuffled.Sort(LintEngine.Compare);
            Assert.Equal(expected, shuffled);
        }
    }

    [SharedDataFact]
    public void Loading_ahead_on_another_thread_finds_what_loading_in_turn_finds_on_broken_files()
    {
        // Parallel runs scan files ahead of the parser (and must stop at scanner errors); sequential
        // runs scan as they parse. Real manifests, some with two bytes replaced, must give the same findings.
        using var folder = new TempFolder();
        var random = new Random(11);
        const string Significant = ":-[]{}&*!|>'\"%@`#,? \n\t";
        var sources = Directory.EnumerateFiles(SharedData.Path("corpus/upstream"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(150).ToList();
        for (var i = 0; i < sources.Count; i++)
        {
            var text = File.ReadAllText(sources[i]).ToCharArray();
            folder.Write($"ok/{i:D3}.yaml", new string(text));
            for (var k = 0; k < 2 && text.Length > 0; k++)
            {
                text[random.Next(text.Length)] = Significant[random.Next(Significant.Length)];
            }

            folder.Write($"mutated/{i:D3}.yaml", new string(text));
        }

        string Run(int parallelism) => string.Join('\n', new LintEngine()
            .Run(new LintOptions { Paths = ["."], WorkingDirectory = folder.Path, Parallelism = parallelism, CustomRules = false })
            .Diagnostics.Select(d => $"{MsBuildReporter.Format(d)} {d.Message}"));

        var sequential = Run(1);
        Assert.Contains("KL0001", sequential);
        Assert.Equal(sequential, Run(2));
    }
}
