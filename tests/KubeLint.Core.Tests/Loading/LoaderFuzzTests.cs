using System.Text;
using KubeLint.Core.Loading;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Core.Text;

namespace KubeLint.Core.Tests.Loading;

/// <summary>Deterministic fuzzing: real manifests from <c>../shared/corpus/upstream</c>, mutated with a
/// fixed seed. The loader must never throw, and every failure must be a problem with a position inside the file.</summary>
public class LoaderFuzzTests
{
    private const int Seed = 20_261_125;
    private const int MutationsPerFile = 8;

    private static readonly byte[] Significant = Encoding.ASCII.GetBytes(":-[]{}&*!|>'\"%@`#,?\t\n\r \\");

    [SharedDataFact]
    public void Mutated_corpus_never_throws_and_every_problem_has_a_position()
    {
        var corpus = Corpus();
        Assert.True(corpus.Count > 400, $"expected the upstream corpus, found {corpus.Count} files");

        var random = new Random(Seed);
        var loader = new ManifestLoader();
        var inputs = 0;
        var failing = 0;
        var kinds = new Dictionary<LoadProblemKind, int>();
        foreach (var (name, original) in corpus)
        {
            for (var i = 0; i < MutationsPerFile; i++)
            {
                var (mutation, bytes) = Mutate(original, random);
                inputs++;
                KubeLint.Core.Model.SourceFile file;
                try
                {
                    file = loader.LoadBytes(name, "/" + name, bytes);
                }
                catch (Exception e)
                {
                    Assert.Fail($"{name} after {mutation}: the loader threw {e}");
                    throw;
                }

                if (file.Problems.Count > 0)
                {
                    failing++;
                }

                var text = new SourceText(Encoding.UTF8.GetString(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes));
                foreach (var problem in file.Problems)
                {
                    kinds[problem.Kind] = kinds.GetValueOrDefault(problem.Kind) + 1;
                    AssertInside(text, problem, $"{name} after {mutation}");
                }

                foreach (var duplicate in file.DuplicateKeys)
                {
                    Assert.True(duplicate.Span.Start.Line <= text.LineCount, $"{name} after {mutation}: duplicate key outside the file");
                }
            }
        }

        // The mutations must actually break things, or the test proves nothing.
        Assert.True(inputs >= 4_000, $"only {inputs} inputs");
        Assert.True(failing > inputs / 10, $"only {failing} of {inputs} mutated inputs failed to load; the mutations are too gentle");
        Assert.True(kinds.GetValueOrDefault(LoadProblemKind.Syntax) > 0 && kinds.GetValueOrDefault(LoadProblemKind.Encoding) > 0, string.Join(", ", kinds));
    }

    [SharedDataFact]
    public void Engine_over_mutated_files_reports_only_positioned_findings_and_no_rule_failure()
    {
        var corpus = Corpus();
        var random = new Random(Seed + 1);
        using var folder = new TempFolder();
        var sources = new Dictionary<string, SourceText>();
        for (var i = 0; i < 600; i++)
        {
            var (name, original) = corpus[random.Next(corpus.Count)];
            var (_, bytes) = Mutate(original, random);
            var path = $"m{i:D4}{Path.GetExtension(name)}";
            folder.WriteBytes(path, bytes);
            sources[path] = new SourceText(Encoding.UTF8.GetString(bytes));
        }

        var result = EngineRun.Lint(folder.Path, ["."]);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "KL9003");
        Assert.Contains(result.Diagnostics, d => d.Id == "KL0001");
        foreach (var diagnostic in result.Diagnostics)
        {
            var text = sources[diagnostic.Location.Path];
            Assert.True(diagnostic.Location.Start.Line >= 1 && diagnostic.Location.Start.Line <= text.LineCount + 1, diagnostic.ToString());
            Assert.True(diagnostic.Location.End >= diagnostic.Location.Start, diagnostic.ToString());
        }
    }

    private static void AssertInside(SourceText text, LoadProblem problem, string what)
    {
        var start = problem.Span.Start;
        Assert.True(start.Line >= 1 && start.Column >= 1, $"{what}: {problem.Kind} at {start}: not a 1-based position ({problem.Message})");

        // The end of the input (one line past a final line break) is a valid place for "unexpected end".
        Assert.True(start.Line <= text.LineCount + 1, $"{what}: {problem.Kind} at {start} is past the last line {text.LineCount} ({problem.Message})");
        if (start.Line <= text.LineCount)
        {
            Assert.True(start.Column <= text.GetLine(start.Line).Length + 2, $"{what}: {problem.Kind} at {start} is past the end of its line ({problem.Message})");
        }

        Assert.True(problem.Span.End >= start, $"{what}: span {problem.Span} ends before it starts");

        // Our sentences only (issue #15): no exception type, library name or YamlDotNet wording.
        foreach (var foreign in (string[])["Exception", "YamlDotNet", "While ", "while scanning", "while parsing", "did not find expected"])
        {
            Assert.False(problem.Message.Contains(foreign, StringComparison.Ordinal), $"{what}: '{foreign}' in the message: {problem.Message}");
        }
    }

    private static List<(string Name, byte[] Bytes)> Corpus()
    {
        var root = SharedData.Path("corpus/upstream");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .ToList();
    }

    /// <summary>One of: byte flips, truncation, an indentation change, a moved or doubled line.</summary>
    private static (string Mutation, byte[] Bytes) Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        if (bytes.Length == 0)
        {
            return ("nothing", bytes);
        }

        switch (random.Next(6))
        {
            case 0:
                {
                    var flips = 1 + random.Next(4);
                    var at = new List<int>();
                    for (var i = 0; i < flips; i++)
                    {
                        var offset = random.Next(bytes.Length);
                        at.Add(offset);
                        bytes[offset] = random.Next(3) == 0 ? (byte)random.Next(256) : Significant[random.Next(Significant.Length)];
                    }

                    return ($"byte flips at {string.Join(",", at)}", bytes);
                }

            case 1:
                {
                    var length = random.Next(bytes.Length);
                    return ($"truncation to {length} bytes", bytes[..length]);
                }

            case 2:
            case 3:
                {
                    var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
                    var line = random.Next(lines.Count);
                    var delta = random.Next(2) == 0 ? -1 - random.Next(3) : 1 + random.Next(3);
                    lines[line] = delta > 0 ? new string(' ', delta) + lines[line] : lines[line][Math.Min(-delta, lines[line].Length - lines[line].TrimStart(' ').Length)..];
                    return ($"indentation {delta:+0;-0} on line {line + 1}", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
                }

            case 4:
                {
                    var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
                    var from = random.Next(lines.Count);
                    var to = random.Next(lines.Count);
                    var moved = lines[from];
                    if (random.Next(2) == 0)
                    {
                        lines.RemoveAt(from);
                    }

                    lines.Insert(Math.Min(to, lines.Count), moved);
                    return ($"line {from + 1} moved or doubled to {to + 1}", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
                }

            default:
                {
                    var offset = random.Next(bytes.Length);
                    var insert = Encoding.UTF8.GetBytes(random.Next(3) switch { 0 => "\n---\n", 1 => ": [", _ => " : p" });
                    return ($"insertion at {offset}", [.. bytes[..offset], .. insert, .. bytes[offset..]]);
                }
        }
    }
}
