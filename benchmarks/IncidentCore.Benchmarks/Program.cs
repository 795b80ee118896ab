// Runs the IncidentCore benchmarks: dotnet run -c Release -- --filter '*' (any BenchmarkDotNet option works).
// The web API load test is a command of its own: dotnet run -c Release -- host-load [--requests N] [--concurrency C] ...
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using IncidentCore.Benchmarks.Host;

if (args is ["host-load", .. var options])
{
    return await HostLoadCommand.RunAsync(options);
}

// The targets are medians, so every table shows one. Busy build machines take longer than BenchmarkDotNet's
// default two minutes to build the benchmark process.
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddColumn(StatisticColumn.Median)
    .WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
