using System.Diagnostics;
using System.Net;

namespace IncidentCore.Benchmarks.Host;

/// <summary>
/// Sends a fixed number of <c>POST /clients</c> requests from a fixed number of workers, each worker sending its next
/// request as soon as the previous one is answered, and stops at the time limit whatever is left. Each request
/// carries its own client (unique keys), so every one of them must be answered 201 Created.
/// </summary>
internal static class LoadDriver
{
    /// <summary>Runs the requests and measures them.</summary>
    /// <param name="client">A client whose base address is the host and whose headers authenticate the actor.</param>
    /// <param name="bodies">The body of request <c>i</c>.</param>
    /// <param name="requests">How many requests to send.</param>
    /// <param name="concurrency">How many are in flight at once.</param>
    /// <param name="timeLimit">When to stop sending, and to abandon requests still unanswered.</param>
    /// <returns>The run's figures.</returns>
    public static async Task<LoadResult> RunAsync(HttpClient client, Func<int, HttpContent> bodies, int requests, int concurrency, TimeSpan timeLimit)
    {
        var latencies = new long[requests];
        var next = -1;
        var succeeded = 0;
        var failed = 0;
        string? firstFailure = null;
        using var deadline = new CancellationTokenSource(timeLimit);

        async Task WorkAsync()
        {
            while (true)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= requests || deadline.IsCancellationRequested)
                {
                    return;
                }

                var begin = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.PostAsync(new Uri("/clients", UriKind.Relative), bodies(i), deadline.Token).ConfigureAwait(false);
                    var answer = await response.Content.ReadAsStringAsync(deadline.Token).ConfigureAwait(false);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        latencies[i] = Stopwatch.GetTimestamp() - begin;
                        Interlocked.Increment(ref succeeded);
                    }
                    else
                    {
                        Interlocked.Increment(ref failed);
                        Interlocked.CompareExchange(ref firstFailure, $"{(int)response.StatusCode} {answer}", null);
                    }
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested)
                {
                    Interlocked.Increment(ref failed);
                    Interlocked.CompareExchange(ref firstFailure, $"no answer within the time limit of {timeLimit.TotalSeconds:0} s", null);
                    return;
                }
                catch (HttpRequestException exception)
                {
                    Interlocked.Increment(ref failed);
                    Interlocked.CompareExchange(ref firstFailure, exception.Message, null);
                }
            }
        }

        var started = Stopwatch.GetTimestamp();
        var workers = new Task[concurrency];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(WorkAsync);
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var measured = latencies.Where(l => l > 0).ToArray();
        Array.Sort(measured);
        return new LoadResult(requests, succeeded, failed, elapsed, measured, firstFailure);
    }
}
