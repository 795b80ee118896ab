using System.Globalization;

namespace IncidentCore.Benchmarks.Host;

/// <summary>The <c>host-load</c> command's options; each is bounded so that a run always ends.</summary>
internal sealed record HostLoadOptions
{
    public const string Usage =
        "usage: host-load [--requests N (1-1000000, default 2000)] [--warmup N (0-100000, default requests/10)] "
        + "[--concurrency C (1-256, default 16)] [--rounds R (1-10, default 2)] [--time-limit SECONDS (1-600, default 60)]";

    public int Requests { get; init; } = 2_000;

    public int Warmup { get; init; } = -1;

    public int Concurrency { get; init; } = 16;

    public int Rounds { get; init; } = 2;

    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The warm-up requests sent to each host before it is measured.</summary>
    public int WarmupRequests => Warmup >= 0 ? Warmup : Requests / 10;

    /// <summary>Reads the options, or returns why they cannot be read.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out HostLoadOptions options, out string? error)
    {
        options = new HostLoadOptions();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                error = $"{args[i]} needs a whole number after it.";
                return false;
            }

            (options, error) = args[i] switch
            {
                "--requests" when value is >= 1 and <= 1_000_000 => (options with { Requests = value }, null),
                "--warmup" when value is >= 0 and <= 100_000 => (options with { Warmup = value }, null),
                "--concurrency" when value is >= 1 and <= 256 => (options with { Concurrency = value }, null),
                "--rounds" when value is >= 1 and <= 10 => (options with { Rounds = value }, null),
                "--time-limit" when value is >= 1 and <= 600 => (options with { TimeLimit = TimeSpan.FromSeconds(value) }, null),
                "--requests" or "--warmup" or "--concurrency" or "--rounds" or "--time-limit" => (options, $"{args[i]} {value} is out of range."),
                _ => (options, $"unknown option {args[i]}."),
            };
            if (error is not null)
            {
                return false;
            }

            i++;
        }

        return true;
    }
}
