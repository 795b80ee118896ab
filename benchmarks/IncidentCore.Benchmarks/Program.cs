// Runs the IncidentCore benchmarks: dotnet run -c Release -- --filter '*' (any BenchmarkDotNet option works).
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Busy build machines take longer than BenchmarkDotNet's default two minutes to build the benchmark process.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
