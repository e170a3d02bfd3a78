using KubeLint.Core.Api;

namespace KubeLint.Core.Tests.Api;

/// <summary>The field table's index: a path's lines are found, parsed once, and nothing else matches.</summary>
public class KindSchemaTests
{
    private const string Table =
        "# apps/v1 Example: path\tminors\ttype\tobject name\trequired\n" +
        ".\t9-36\tobject\tExample\t\n" +
        "spec\t9-36\tobject\tExampleSpec\tselector,template\n" +
        "spec.replicas\t9-20\tinteger\t\t\n" +
        "spec.replicas\t21-36\tint-or-string\t\t\n" +
        "spec.replicasMax\t30-36\tinteger\t\t\n" +
        "spec.labels\t9-36\tmap\t\t\n" +
        "spec.labels{}\t9-36\tstring\t\t\n" +
        "spec.items[]\t5,9-12\tobject\tItem\tname\n" +
        "spec.items[].name\t9-36\tstring\t\t";

    [Fact]
    public void FindsEveryPathWithAllItsVariants()
    {
        var schema = KindSchema.Parse(Table);

        Assert.Equal(8, schema.Count);
        var replicas = schema["spec.replicas"]!;
        Assert.Equal([FieldType.Integer, FieldType.IntOrString], replicas.Variants.Select(v => v.Type));
        Assert.Equal(FieldType.IntOrString, replicas.At(27)!.Type);
        Assert.Null(replicas.At(8));
        Assert.Equal(["selector", "template"], schema["spec"]!.At(9)!.Required);
        Assert.Equal("ExampleSpec", schema["spec"]!.At(9)!.ObjectName);
        Assert.Equal(FieldType.String, schema["spec.labels{}"]!.At(20)!.Type);
        Assert.True(schema["spec.items[]"]!.Minors.Contains(5));
        Assert.False(schema["spec.items[]"]!.Minors.Contains(6));
        Assert.Equal(string.Empty, schema["spec.items[].name"]!.At(9)!.ObjectName);
    }

    [Theory]
    [InlineData("spec.replica")]
    [InlineData("spec.replicas.x")]
    [InlineData("Spec")]
    [InlineData("")]
    [InlineData("# apps/v1 Example: path")]
    public void FindsNothingElse(string path) => Assert.Null(KindSchema.Parse(Table)[path]);

    [Fact]
    public void LooksUpSpansAndStringsAlike()
    {
        var schema = KindSchema.Parse(Table);
        var buffer = "xxspec.replicasMaxyy".AsSpan(2, 16);

        Assert.Same(schema["spec.replicasMax"], schema[buffer]);
        Assert.Same(schema["spec.replicas"], schema["spec.replicas"]);
    }

    [Fact]
    public void ListsTheChildrenOfAnObjectPath()
    {
        var schema = KindSchema.Parse(Table);

        Assert.Equal(["spec"], schema.ChildrenOf(KindSchema.RootPath));
        Assert.Equal(["replicas", "replicasMax", "labels"], schema.ChildrenOf("spec"));
        Assert.Equal(["name"], schema.ChildrenOf("spec.items[]"));
        Assert.Empty(schema.ChildrenOf("spec.nothing"));
    }

    [Fact]
    public void ParsesEachPathOnceWhenThreadsRace()
    {
        var schema = KindSchema.Parse(Table);
        var seen = new FieldEntry?[64];

        Parallel.For(0, seen.Length, i => seen[i] = schema["spec.items[].name"]);

        Assert.All(seen, entry => Assert.Same(seen[0], entry));
    }

    [Fact]
    public void ReadsTablesWhoseLinesEndInCarriageReturns()
    {
        var schema = KindSchema.Parse(Table.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n");

        Assert.Equal(8, schema.Count);
        Assert.Equal([FieldType.Integer, FieldType.IntOrString], schema["spec.replicas"]!.Variants.Select(v => v.Type));
        Assert.Equal(["selector", "template"], schema["spec"]!.At(9)!.Required);
        Assert.Equal(["name"], schema["spec.items[]"]!.At(9)!.Required);
    }

    /// <summary>Every committed table, as the catalog reads it and through the index, says what a plain
    /// line-by-line reading says.</summary>
    [Fact]
    public void AgreesWithAPlainReadingOfEveryCommittedTable()
    {
        var assembly = typeof(ApiCatalog).Assembly;
        var tables = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("api/", StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal) && n != "api/index.tsv")
            .ToList();
        Assert.True(tables.Count > 200, $"only {tables.Count} tables embedded");
        foreach (var name in tables)
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var text = reader.ReadToEnd();
            Assert.Equal(text, ApiCatalog.ReadTable(name["api/".Length..]));
            var schema = KindSchema.Parse(text);
            var expected = text.Split('\n')
                .Where(line => line.Length > 0 && line[0] != '#')
                .Select(line => line.Split('\t'))
                .GroupBy(parts => parts[0])
                .ToList();

            Assert.Equal(expected.Count, schema.Count);
            foreach (var path in expected)
            {
                var entry = schema[path.Key];
                Assert.True(entry is not null, $"{name}: {path.Key} not found");
                Assert.Equal(path.Select(p => (p[1], p[2], p[3], p[4])), entry.Variants.Select(v => (Minors(v.Minors), Type(v.Type), v.ObjectName, string.Join(',', v.Required))));
            }
        }
    }

    // The table's own spelling of a variant, to compare with the lines it came from.
    private static string Minors(MinorSet minors)
    {
        var parts = new List<string>();
        for (var first = minors.First; first >= 0;)
        {
            var last = first;
            while (minors.Contains(last + 1))
            {
                last++;
            }

            parts.Add(first == last ? $"{first}" : $"{first}-{last}");
            first = minors.FirstAfter(last);
        }

        return string.Join(',', parts);
    }

    private static string Type(FieldType type) => type switch
    {
        FieldType.DateTime => "date-time",
        FieldType.IntOrString => "int-or-string",
        FieldType.Any => "any",
        _ => type.ToString().ToLowerInvariant(),
    };
}
