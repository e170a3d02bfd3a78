using System.Diagnostics;

namespace KubeLint.Fuzz;

/// <summary>The fuzzer-free mode: every file of a folder through a target once, with the time each took, for machines
/// without afl-fuzz and for replaying the crashes a fuzzer saved.</summary>
internal static class Replay
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(2);

    public static int Run(Action<byte[]> target, string folder)
    {
        var inputs = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var failed = 0;
        Warm(target);
        foreach (var input in inputs)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                target(File.ReadAllBytes(input));
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"{input}: {e.GetType().Name}: {e.Message}");
            }

            if (clock.Elapsed > Slow)
            {
                failed++;
                Console.WriteLine($"{input}: took {clock.Elapsed.TotalSeconds:0.0} s");
            }
        }

        Console.WriteLine($"{inputs.Count - failed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>One valid input first, so that the time limit measures the input rather than the JIT compiling the readers.</summary>
    private static void Warm(Action<byte[]> target)
    {
        try
        {
            target("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: warm\n"u8.ToArray());
        }
        catch (Exception)
        {
            // Not an input of the folder: its findings are not reported; the inputs' own runs will show any bug.
        }
    }
}
