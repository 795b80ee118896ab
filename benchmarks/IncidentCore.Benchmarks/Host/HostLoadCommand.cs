using System.Globalization;

namespace IncidentCore.Benchmarks.Host;

/// <summary>
/// <c>host-load</c>: the web API sample's <c>POST /clients</c> through IncidentCore on its SQLite store (A) against a
/// hand-written minimal-API endpoint doing the same work with plain ADO.NET (B), each on Kestrel at 127.0.0.1 in this
/// process, driven by <see cref="LoadDriver"/> from this process too. Runs A, B, A, B, …: each run starts its host on
/// a new database, warms it up, then measures a fixed number of requests at a fixed concurrency. Prints requests per
/// second, p50 and p99 of every run and the ratios of the means; exits 1 if any request of any run failed.
/// </summary>
internal static class HostLoadCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (!HostLoadOptions.TryParse(args, out var options, out var error))
        {
            await Console.Error.WriteLineAsync(error + Environment.NewLine + HostLoadOptions.Usage).ConfigureAwait(false);
            return 2;
        }

        Console.WriteLine(Invariant(
            $"host-load: POST /clients on loopback, {options.Requests} measured requests per run after {options.WarmupRequests} warm-up, concurrency {options.Concurrency}, {options.Rounds} round(s), time limit {options.TimeLimit.TotalSeconds:0} s per run"));
        Console.WriteLine("A = IncidentCore (web API sample, SQLite store); B = hand-written minimal API with plain ADO.NET (same schema)");
        Console.WriteLine();
        Console.WriteLine("| run | endpoint | ok | failed | seconds | req/s | p50 ms | p99 ms | load average (start / end) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---|");

        var results = new Dictionary<string, List<LoadResult>>(StringComparer.Ordinal) { ["A"] = [], ["B"] = [] };
        var failures = new List<string>();
        var run = 0;
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var endpoint in new[] { "A", "B" })
            {
                run++;
                var loadBefore = LoadAverage();
                var result = await MeasureAsync(endpoint, options, run).ConfigureAwait(false);
                results[endpoint].Add(result);
                Console.WriteLine(Invariant(
                    $"| {run} | {endpoint} | {result.Succeeded} | {result.Failed} | {result.Elapsed.TotalSeconds:0.00} | {result.RequestsPerSecond:0} | {result.P50.TotalMilliseconds:0.00} | {result.P99.TotalMilliseconds:0.00} | {loadBefore} / {LoadAverage()} |"));
                if (!result.Complete)
                {
                    failures.Add(Invariant($"run {run} ({endpoint}): {result.Succeeded} of {result.Requested} requests succeeded, {result.Failed} failed; first failure: {result.FirstFailure ?? "none (stopped at the time limit)"}"));
                }
            }
        }

        Console.WriteLine();
        var a = Summary(results["A"]);
        var b = Summary(results["B"]);
        Console.WriteLine(Invariant($"mean of runs, A (IncidentCore):  {a.Rps:0} req/s, p50 {a.P50:0.00} ms, p99 {a.P99:0.00} ms"));
        Console.WriteLine(Invariant($"mean of runs, B (hand-written):  {b.Rps:0} req/s, p50 {b.P50:0.00} ms, p99 {b.P99:0.00} ms"));
        Console.WriteLine(Invariant($"A / B: throughput {a.Rps / b.Rps:0.00}, p50 {a.P50 / b.P50:0.00}, p99 {a.P99 / b.P99:0.00}"));

        if (failures.Count > 0)
        {
            Console.WriteLine();
            foreach (var failure in failures)
            {
                Console.WriteLine("FAILED: " + failure);
            }

            return 1;
        }

        return 0;
    }

    private static async Task<LoadResult> MeasureAsync(string endpoint, HostLoadOptions options, int run)
    {
        var host = await (endpoint == "A" ? IncidentCoreHost.StartAsync() : HandWritten.HandWrittenHost.StartAsync()).ConfigureAwait(false);
        await using (host.ConfigureAwait(false))
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, UseProxy = false };
            using var client = new HttpClient(handler) { BaseAddress = host.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
            client.DefaultRequestHeaders.Add("X-Actor-User-Id", "1");
            var tag = run.ToString(CultureInfo.InvariantCulture);
            if (options.WarmupRequests > 0)
            {
                var warmup = await LoadDriver.RunAsync(client, ClientBodies.Tagged("w" + tag + "-"), options.WarmupRequests, options.Concurrency, options.TimeLimit).ConfigureAwait(false);
                if (!warmup.Complete)
                {
                    return warmup with { FirstFailure = "during the warm-up: " + warmup.FirstFailure };
                }
            }

            return await LoadDriver.RunAsync(client, ClientBodies.Tagged("m" + tag + "-"), options.Requests, options.Concurrency, options.TimeLimit).ConfigureAwait(false);
        }
    }

    private static (double Rps, double P50, double P99) Summary(List<LoadResult> runs) =>
        (runs.Average(r => r.RequestsPerSecond), runs.Average(r => r.P50.TotalMilliseconds), runs.Average(r => r.P99.TotalMilliseconds));

    private static string LoadAverage()
    {
        const string LoadAverageFile = "/proc/loadavg";
        return File.Exists(LoadAverageFile) ? string.Join(' ', File.ReadAllText(LoadAverageFile).Split(' ').Take(3)) : "n/a";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
