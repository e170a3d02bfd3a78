using System.Text;
using KubeLint.Core.Loading;
using KubeLint.Core.Tests.Infrastructure;
using KubeLint.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KubeLint.Core.Tests.Loading;

/// <summary>Our parser over YamlDotNet's scanner must build what YamlDotNet's own parser describes:
/// the same nodes, values, styles and scalar positions, on real manifests and on mutated ones.</summary>
public class TokenParserTests
{
    [Theory]
    [InlineData("a: 1\nb: [x, y]\nc: {d: e, f}\n", "{ a@1:1 1@1:4 b@2:1 [ x@2:5 y@2:8 ] c@3:1 { d@3:5 e@3:8 f@3:11 @3:12 } }")]
    [InlineData("- [a: 1, b]\n- ? k\n  : v\n", "[ [ { a@1:4 1@1:7 } b@1:10 ] { k@2:5 v@3:5 } ]")]
    [InlineData("key:\n- a\n-\n- 'q'\n", "{ key@1:1 [ a@2:3 @3:2 q@4:3 ] }")]
    [InlineData("a:\nb: |\n  text\n", "{ a@1:1 @1:3 b@2:1 text\n@2:4 }")]
    [InlineData("--- x\n...\n---\n--- !!str y\n", "x@1:5 | @3:4 | y@4:11")]
    [InlineData("%TAG !e! tag:example.com,2000:\n--- !e!thing {a: !local b}\n", "{ a@2:15 b@2:25 }")]
    public void Builds_the_tree_the_yaml_describes(string yaml, string expected) =>
        Assert.Equal(expected, string.Join(" | ", new ManifestLoader().LoadText("t.yaml", yaml).Documents.Select(d => Flatten(d.Root))));

    [Theory]
    [InlineData("%TAG !e! tag:example.com,2000:\n--- !e!thing {a: !local b, c: !!int 1, d: !<tag:x> v}\n", "tag:example.com,2000:thing", "!local", "tag:yaml.org,2002:int", "tag:x")]
    public void Resolves_tags(string yaml, string mapping, string local, string core, string verbatim)
    {
        var root = (YMapping)new ManifestLoader().LoadText("t.yaml", yaml).Documents.Single().Root!;
        Assert.Equal(new string?[] { mapping, local, core, verbatim }, new[] { root.Tag, root.Entries[0].Value.Tag, root.Entries[1].Value.Tag, root.Entries[2].Value.Tag });
    }

    [Theory]
    [InlineData("a: [b\n", "KL0001")]
    [InlineData("a: {b: c\nd: e\n", "KL0001")]
    [InlineData("- a\nb: c\n", "KL0001")]
    [InlineData("!x!y z\n", "KL0001")]
    [InlineData("%YAML 2.0\n--- a\n", "KL0001")]
    public void Malformed_yaml_is_a_problem_with_a_position(string yaml, string id)
    {
        var file = new ManifestLoader().LoadText("t.yaml", yaml);
        var problem = Assert.Single(file.Problems);
        Assert.Equal(id, problem.Kind == LoadProblemKind.Syntax ? "KL0001" : problem.Kind.ToString());
        Assert.True(problem.Span.Start.Line >= 1);
    }

    [SharedDataFact]
    public void Agrees_with_yamldotnets_parser_on_the_upstream_corpus_and_its_mutations()
    {
        var root = SharedData.Path("corpus/upstream");
        var files = Directory.EnumerateFiles(root, "*.y*ml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var random = new Random(7);
        var loader = new ManifestLoader();
        int compared = 0, bothFailed = 0, onlyTheirsFailed = 0, onlyOursFailed = 0;
        var mismatches = new List<string>();
        foreach (var path in files)
        {
            var original = File.ReadAllText(path);
            foreach (var text in new[] { original }.Concat(Enumerable.Range(0, 4).Select(_ => Mutate(original, random))))
            {
                var theirs = TheirDocuments(text);
                var file = loader.LoadText(path, text);
                var oursFailed = file.Problems.Count > 0;
                if (theirs is null || oursFailed)
                {
                    if (theirs is null && oursFailed)
                    {
                        bothFailed++;
                    }
                    else if (theirs is null)
                    {
                        onlyTheirsFailed++;
                    }
                    else if (!OurOwnChecks.Any(c => file.Problems[0].Message.Contains(c, StringComparison.Ordinal)) && !IsAliasAsKey(file))
                    {
                        onlyOursFailed++;
                        mismatches.Add($"{path}: ours failed ({file.Problems[0].Message}) on:\n{text}");
                    }

                    continue;
                }

                if (file.DuplicateKeys.Count > 0 || theirs.Any(d => d is null))
                {
                    continue; // Duplicates are replaced and aliases expanded in our tree; events keep both.
                }

                compared++;
                var ours = file.Documents.Select(d => Flatten(d.Root)).ToList();
                if (ours.Any(d => d.Contains("<complex key>", StringComparison.Ordinal)))
                {
                    continue; // A collection as a key stands as a placeholder scalar in our tree.
                }

                Assert.True(ours.Count == theirs.Count, $"{path}: {ours.Count} documents, YamlDotNet's parser {theirs.Count}");
                for (var i = 0; i < ours.Count; i++)
                {
                    var (a, b) = (theirs[i]!.Split(' '), ours[i].Split(' '));
                    var at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(k => a[k] != b[k], -1);
                    Assert.True(a.Length == b.Length && at < 0, $"{path} document {i}: YamlDotNet's parser has {(at < 0 ? "(end)" : a[at])}, ours {(at < 0 ? "(end)" : b[at])}, after {string.Join(" ", a[Math.Max(0, (at < 0 ? Math.Min(a.Length, b.Length) : at) - 6)..(at < 0 ? Math.Min(a.Length, b.Length) : at)])}");
                }
            }
        }

        Assert.True(onlyOursFailed == 0, $"{onlyOursFailed} inputs only ours rejects:\n" + string.Join("\n----\n", mismatches.Take(10)));
        Assert.True(compared > 1000, $"compared only {compared}");

        // Where only YamlDotNet's parser fails, ours must still have a reason: none on the real corpus.
        Assert.True(onlyTheirsFailed <= compared / 100, $"ours accepted {onlyTheirsFailed} inputs YamlDotNet's parser rejects");
        Assert.True(bothFailed > 100);
    }

    /// <summary>What our loader rejects and YamlDotNet's parser lets through: an alias to nothing, and a
    /// null key (", : p"), which the apiserver's decoder rejects.</summary>
    private static readonly string[] OurOwnChecks = ["refers to no anchor defined before it", "a mapping value with no key before it"];

    /// <summary>YamlDotNet's parser takes an alias where a block mapping expects a key (<c>'a'*b</c> after a
    /// quoted value); libyaml, whose rules the apiserver's YAML decoder follows, rejects it, and so do we.</summary>
    private static bool IsAliasAsKey(KubeLint.Core.Model.SourceFile file) =>
        file.Problems[0].Message == TokenParser.BlockMappingKeyExpected
        && file.Text!.GetLine(file.Problems[0].Span.Start.Line) is var line
        && file.Problems[0].Span.Start.Column <= line.Length
        && line[file.Problems[0].Span.Start.Column - 1] == '*';

    /// <summary>Each document flattened like <see cref="Flatten"/>; null for a document with anchors or aliases; null overall on an error.</summary>
    private static List<string?>? TheirDocuments(string text)
    {
        var documents = new List<string?>();
        var parts = new List<string>();
        var plain = true;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case DocumentStart:
                        parts.Clear();
                        plain = true;
                        break;
                    case DocumentEnd:
                        documents.Add(plain ? string.Join(" ", parts) : null);
                        break;
                    case Scalar s:
                        plain &= s.Anchor.IsEmpty && s.Tag.IsEmpty;
                        parts.Add($"{s.Value}@{s.Start.Line}:{s.Start.Column}");
                        break;
                    case AnchorAlias:
                        plain = false;
                        break;
                    case MappingStart m:
                        plain &= m.Anchor.IsEmpty && m.Tag.IsEmpty;
                        parts.Add("{");
                        break;
                    case SequenceStart q:
                        plain &= q.Anchor.IsEmpty && q.Tag.IsEmpty;
                        parts.Add("[");
                        break;
                    case MappingEnd:
                        parts.Add("}");
                        break;
                    case SequenceEnd:
                        parts.Add("]");
                        break;
                }
            }
        }
        catch (Exception)
        {
            return null;
        }

        return documents;
    }

    private static string Flatten(YNode? root)
    {
        var parts = new List<string>();
        Walk(root);
        return string.Join(" ", parts);

        void Walk(YNode? node)
        {
            switch (node)
            {
                case YScalar s:
                    parts.Add($"{s.Value}@{s.Start.Line}:{s.Start.Column}");
                    break;
                case YMapping m:
                    parts.Add("{");
                    foreach (var entry in m.Entries)
                    {
                        Walk(entry.Key);
                        Walk(entry.Value);
                    }

                    parts.Add("}");
                    break;
                case YSequence q:
                    parts.Add("[");
                    foreach (var item in q.Items)
                    {
                        Walk(item);
                    }

                    parts.Add("]");
                    break;
            }
        }
    }

    private static string Mutate(string text, Random random)
    {
        var chars = new StringBuilder(text);
        if (chars.Length == 0)
        {
            return text;
        }

        const string Significant = ":-[]{}&*!|>'\"%@`#,? \n";
        for (var i = 0; i < 2; i++)
        {
            chars[random.Next(chars.Length)] = Significant[random.Next(Significant.Length)];
        }

        return chars.ToString();
    }
}
