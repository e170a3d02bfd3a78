using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/KubeLint.Benchmarks -- --filter '*'        (all)
// dotnet run -c Release --project tests/KubeLint.Benchmarks -- --filter '*Load*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new KubeLint.Benchmarks.BenchmarkConfig());
