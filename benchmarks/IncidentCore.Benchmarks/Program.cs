// Runs the IncidentCore benchmarks: dotnet run -c Release -- --filter '*' (any BenchmarkDotNet option works).
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// The targets are medians, so every table shows one. Busy build machines take longer than BenchmarkDotNet's
// default two minutes to build the benchmark process.
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddColumn(StatisticColumn.Median)
    .WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
