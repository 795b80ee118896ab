using System.Globalization;

namespace IncidentCore.Samples.PostgreSql;

/// <summary>The sample's command line.</summary>
/// <param name="ConnectionString">The Npgsql connection string.</param>
/// <param name="Batch">The batch to run (<c>race</c>), or <see langword="null"/> for the walkthrough.</param>
/// <param name="Count">How many clients (and as many users) the batch creates.</param>
/// <param name="Prefix">Makes the batch's registration numbers and emails; processes racing for the same records use the same prefix.</param>
/// <param name="Workers">How many calls the batch makes at once.</param>
/// <param name="StartOnSignal">Whether the batch, once connected, prints <c>ready</c> and waits for a line on standard input before calling, so racing processes start together.</param>
public sealed record CommandLine(string ConnectionString, string? Batch, int Count, string Prefix, int Workers, bool StartOnSignal)
{
    /// <summary>The name of the environment variable that holds the connection string.</summary>
    public const string ConnectionVariable = "INCIDENTCORE_POSTGRES";

    /// <summary>How to call the sample.</summary>
    public const string Usage = """
        usage: IncidentCore.Samples.PostgreSql [--connection <npgsql connection string>]
               IncidentCore.Samples.PostgreSql --batch race [--count 500] [--prefix RACE] [--workers 4] [--start-on stdin] [--connection ...]
        The connection string defaults to the INCIDENTCORE_POSTGRES environment variable.
        """;

    /// <summary>Parses the arguments; <see langword="null"/> when they are not understood or no connection string is given.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The options, or <see langword="null"/>.</returns>
    public static CommandLine? Parse(string[] args)
    {
        var connection = Environment.GetEnvironmentVariable(ConnectionVariable);
        string? batch = null;
        var count = 500;
        var prefix = "RACE";
        var workers = 4;
        var startOnSignal = false;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--connection": connection = value; break;
                case "--batch" when value == "race": batch = value; break;
                case "--count" when int.TryParse(value, CultureInfo.InvariantCulture, out count) && count > 0: break;
                case "--prefix" when value.Length is > 0 and <= 20: prefix = value; break;
                case "--workers" when int.TryParse(value, CultureInfo.InvariantCulture, out workers) && workers > 0: break;
                case "--start-on" when value == "stdin": startOnSignal = true; break;
                default: return null;
            }
        }

        if (args.Length % 2 != 0 || string.IsNullOrWhiteSpace(connection))
        {
            return null;
        }

        return new CommandLine(connection, batch, count, prefix, workers, startOnSignal);
    }
}
