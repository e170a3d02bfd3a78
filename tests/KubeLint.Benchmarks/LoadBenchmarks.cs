using BenchmarkDotNet.Attributes;
using KubeLint.Core.Loading;
using YamlDotNet.Core;

namespace KubeLint.Benchmarks;

/// <summary>Loading real-world manifests, single-threaded: YamlDotNet's parser alone (the baseline: events
/// only, no tree) against KubeLint's loader (decode, parse, position-carrying tree, objects, suppressions).
/// Target: the loader within 2× of the baseline.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks : IHasInputSize
{
    private static readonly Lazy<List<(string Name, byte[] Bytes)>> Inputs = new(Corpora.Upstream);

    private readonly ManifestLoader _loader = new();

    public long InputBytes => Inputs.Value.Sum(i => (long)i.Bytes.Length);

    [GlobalSetup]
    public void Setup() => _ = Inputs.Value;

    [Benchmark(Baseline = true, Description = "YamlDotNet parse-only")]
    public int YamlDotNetParseOnly()
    {
        var events = 0;
        foreach (var (_, bytes) in Inputs.Value)
        {
            // The same decoding the loader does, so that the comparison is of parsing and tree building.
            using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var parser = new Parser(reader);
            try
            {
                while (parser.MoveNext())
                {
                    events++;
                }
            }
            catch (YamlException)
            {
            }
        }

        return events;
    }

    [Benchmark(Description = "KubeLint loader")]
    public int KubeLintLoader()
    {
        var objects = 0;
        foreach (var (name, bytes) in Inputs.Value)
        {
            var file = _loader.LoadBytes(name, name, bytes);
            foreach (var document in file.Documents)
            {
                objects += document.Objects.Count;
            }
        }

        return objects;
    }
}
