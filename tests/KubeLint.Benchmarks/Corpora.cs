using System.Diagnostics;

namespace KubeLint.Benchmarks;

/// <summary>Benchmark inputs: the real-world manifests of ../shared/corpus/upstream, and generated corpora.</summary>
internal static class Corpora
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Shared { get; } = FindShared();

    /// <summary>Every YAML and JSON manifest of the upstream corpus, read into memory.</summary>
    public static List<(string Name, byte[] Bytes)> Upstream() =>
        Directory.EnumerateFiles(Path.Combine(Shared, "corpus", "upstream"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllBytes(f)))
            .ToList();

    /// <summary>A folder with <paramref name="documents"/> generated documents (made once, then reused).</summary>
    public static string Generated(int documents)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kubelint-bench", $"corpus-{documents}");
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.yaml").Any())
        {
            return folder;
        }

        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("python3", [Path.Combine(Shared, "tools", "gen_corpus.py"), "--out", folder, "--count", documents.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "1", "--no-truth"])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start python3");
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"gen_corpus.py failed with exit code {process.ExitCode}");
        }

        return folder;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KubeLint.sln")))
            {
                return dir.FullName;
            }
        }

        // BenchmarkDotNet runs a copy of the project from its own folder; fall back to the current one.
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KubeLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KubeLint.sln not found");
    }

    private static string FindShared()
    {
        for (var dir = Directory.GetParent(RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"../shared not found beside {RepositoryRoot}");
    }
}
