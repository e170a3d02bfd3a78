using KubeLint.Fuzz;
using SharpFuzz;

// kubelint-fuzz afl TARGET         run under afl-fuzz (SharpFuzz's out-of-process mode)
// kubelint-fuzz libfuzzer TARGET   run under libfuzzer-dotnet
// kubelint-fuzz replay TARGET DIR  feed every file of DIR (a seed or crash folder) once; exit 1 if any made a finding
if (args.Length < 2 || FuzzTargets.Find(args[1]) is not { } target)
{
    Console.Error.WriteLine($"usage: kubelint-fuzz afl|libfuzzer|replay TARGET [DIR]; TARGET is one of {string.Join(", ", FuzzTargets.Names)}");
    return 2;
}

switch (args[0])
{
    case "afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    case "libfuzzer":
        Fuzzer.LibFuzzer.Run(span => target(span.ToArray()));
        return 0;
    case "replay" when args.Length == 3 && Directory.Exists(args[2]):
        return Replay.Run(target, args[2]);
    default:
        Console.Error.WriteLine("replay needs a folder of inputs: kubelint-fuzz replay TARGET DIR");
        return 2;
}
