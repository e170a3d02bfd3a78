using System.Diagnostics;
using YamlDotNet.Core;

namespace KubeLint.Benchmarks;

/// <summary>
/// The ceiling for end-to-end runs: YamlDotNet's parser over every YAML file of a folder, events only, no tree,
/// no rules, one thread. <c>tests/bench/e2e.sh</c> times it as a process beside kubelint, so the wall time, CPU
/// and peak memory of a lint can be given as multiples of what merely parsing the same files costs.
/// </summary>
internal static class ParseOnly
{
    public const string Flag = "--parse-only";

    /// <summary>Parses the files under <paramref name="folder"/> and prints documents, events and elapsed time.</summary>
    public static int Run(string folder)
    {
        var clock = Stopwatch.StartNew();
        long documents = 0, events = 0;
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var parser = new Parser(reader);
            try
            {
                while (parser.MoveNext())
                {
                    events++;
                    if (parser.Current is YamlDotNet.Core.Events.DocumentStart)
                    {
                        documents++;
                    }
                }
            }
            catch (YamlException)
            {
                // A malformed file ends its own parse; the ceiling is the cost of reading what parses.
            }
        }

        Console.WriteLine($"{documents} documents, {events} events, {clock.ElapsedMilliseconds} ms");
        return 0;
    }
}
