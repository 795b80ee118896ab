// Runs the IncidentCore benchmarks: dotnet run -c Release -- --filter '*' (any BenchmarkDotNet option works).
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
