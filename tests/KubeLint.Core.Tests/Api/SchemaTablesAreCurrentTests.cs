using KubeLint.Core.Tests.Infrastructure;
using KubeLint.SchemaGen;

namespace KubeLint.Core.Tests.Api;

/// <summary>The committed tables under schemas/api are exactly what tools/SchemaGen makes from ../shared.</summary>
public class SchemaTablesAreCurrentTests
{
    [SharedDataFact]
    public void Regenerating_from_shared_gives_the_committed_tables()
    {
        using var temp = new TempFolder();
        ApiTableGenerator.Generate(SharedData.Folder!, temp.Path);

        var committed = Path.Combine(SharedData.RepositoryRoot, "schemas", ApiTableGenerator.FolderName);
        var generated = Path.Combine(temp.Path, ApiTableGenerator.FolderName);
        var committedFiles = Directory.GetFiles(committed).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var generatedFiles = Directory.GetFiles(generated).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(generatedFiles, committedFiles);

        foreach (var name in generatedFiles)
        {
            var expected = File.ReadAllText(Path.Combine(generated, name!));
            var actual = File.ReadAllText(Path.Combine(committed, name!));
            Assert.True(expected == actual, $"schemas/api/{name} is stale: run `dotnet run --project tools/SchemaGen -- ../shared schemas`");
        }
    }

    [Fact]
    public void The_tables_stay_small()
    {
        var committed = Path.Combine(SharedData.RepositoryRoot, "schemas", ApiTableGenerator.FolderName);
        var bytes = Directory.GetFiles(committed).Sum(f => new FileInfo(f).Length);
        Assert.True(bytes < 5 * 1024 * 1024, $"schemas/api holds {bytes} bytes");
    }
}
