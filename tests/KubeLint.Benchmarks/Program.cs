using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/KubeLint.Benchmarks -- --filter '*'        (all)
// dotnet run -c Release --project tests/KubeLint.Benchmarks -- --filter '*Load*' --job short
// On a busy machine add --inProcess: BenchmarkDotNet's separate build of the benchmark may time out.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new KubeLint.Benchmarks.BenchmarkConfig());
