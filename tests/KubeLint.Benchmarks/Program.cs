using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/KubeLint.Benchmarks -- --filter '*'        (all)
// dotnet run -c Release --project tests/KubeLint.Benchmarks -- --filter '*Load*' --job short
// On a busy machine add --inProcess: BenchmarkDotNet's separate build of the benchmark may time out.
// dotnet run -c Release --project tests/KubeLint.Benchmarks -- --parse-only FOLDER   (YamlDotNet alone, as a process: e2e.sh's ceiling)
if (args is [KubeLint.Benchmarks.ParseOnly.Flag, var folder])
{
    return KubeLint.Benchmarks.ParseOnly.Run(folder);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new KubeLint.Benchmarks.BenchmarkConfig());
return 0;
