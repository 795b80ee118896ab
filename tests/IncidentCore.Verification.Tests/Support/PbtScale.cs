using System.Globalization;
using FsCheck;
using Microsoft.FSharp.Core;

namespace IncidentCore.Verification.Tests.Support;

/// <summary>
/// Iteration counts of the suite. INCIDENTCORE_PBT_SCALE multiplies every count (default 1) for long runs;
/// INCIDENTCORE_PBT_REPLAY="seed,gamma" or "seed,gamma,size" replays the run a failing property printed.
/// </summary>
internal static class PbtScale
{
    public const string ScaleVariable = "INCIDENTCORE_PBT_SCALE";
    public const string ReplayVariable = "INCIDENTCORE_PBT_REPLAY";

    public static int Factor { get; } = ReadFactor();

    /// <summary>A count at the default scale, multiplied by the scale factor.</summary>
    public static int Times(int countAtDefaultScale) => checked(countAtDefaultScale * Factor);

    /// <summary>The FsCheck configuration for a property run <paramref name="testsAtDefaultScale"/> times at the default scale.</summary>
    public static Config Config(int testsAtDefaultScale)
    {
        var config = FsCheck.Config.QuickThrowOnFailure
            .WithMaxTest(Times(testsAtDefaultScale))
            .WithMaxRejected(Times(testsAtDefaultScale) * 10);
        var replay = ReadReplay();
        return replay is null ? config : config.WithReplay(FSharpOption<Replay>.Some(replay));
    }

    private static int ReadFactor()
    {
        var text = Environment.GetEnvironmentVariable(ScaleVariable);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var factor) && factor > 0 ? factor : 1;
    }

    private static Replay? ReadReplay()
    {
        var text = Environment.GetEnvironmentVariable(ReplayVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Trim('(', ')').Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3
            || !ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            || !ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var gamma))
        {
            throw new InvalidOperationException($"{ReplayVariable} must be \"seed,gamma\" or \"seed,gamma,size\" as printed by a failing property.");
        }

        var size = parts.Length == 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            ? FSharpOption<int>.Some(s)
            : FSharpOption<int>.None;
        return new Replay(new Rnd(seed, gamma), size);
    }
}
