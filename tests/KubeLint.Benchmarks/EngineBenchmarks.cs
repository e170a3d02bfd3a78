using BenchmarkDotNet.Attributes;
using KubeLint.Core.Engine;

namespace KubeLint.Benchmarks;

/// <summary>The whole engine (inputs, parallel load, workspace, every built-in rule, severities and
/// suppressions) over a generated corpus, on one thread and on every core.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks : IHasInputSize
{
    private string _folder = string.Empty;

    [Params(1000)]
    public int Documents { get; set; }

    /// <summary>0: one thread per core.</summary>
    [Params(1, 0)]
    public int Parallelism { get; set; }

    public long InputBytes => Directory.Exists(Path.Combine(Path.GetTempPath(), "kubelint-bench", "corpus-1000"))
        ? Directory.EnumerateFiles(Path.Combine(Path.GetTempPath(), "kubelint-bench", "corpus-1000"), "*.yaml").Sum(f => new FileInfo(f).Length)
        : 0;

    [GlobalSetup]
    public void Setup() => _folder = Corpora.Generated(Documents);

    [Benchmark]
    public int Lint() => new LintEngine().Run(new LintOptions { Paths = ["."], WorkingDirectory = _folder, Parallelism = Parallelism }).Diagnostics.Count;
}
