using IncidentCore.Procedures;

namespace IncidentCore.Benchmarks.Workload;

/// <summary>Makes sure a benchmark measures the path it names: a halted call stops the run.</summary>
internal static class Expect
{
    public static T Success<T>(SopResult<T> result, string what) =>
        result.Succeeded ? result.Value : throw new InvalidOperationException($"{what} halted instead of succeeding: {result.Halt}");

    public static void Success<T>(ValueTask<SopResult<T>> call, string what) => Success(call.AsTask().GetAwaiter().GetResult(), what);
}
