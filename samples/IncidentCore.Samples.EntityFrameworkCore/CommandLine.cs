using System.Globalization;

namespace IncidentCore.Samples.EntityFrameworkCore;

/// <summary>The sample's command line.</summary>
/// <param name="Provider"><c>sqlite</c> (the default) or <c>postgresql</c>.</param>
/// <param name="ConnectionString">The provider's connection string.</param>
/// <param name="Batch">The batch to run (<c>race</c>), or <see langword="null"/> for the walkthrough.</param>
/// <param name="Count">How many clients (and as many users) the batch creates.</param>
/// <param name="Prefix">Makes the batch's registration numbers and emails; processes racing for the same records use the same prefix.</param>
/// <param name="Workers">How many calls the batch makes at once.</param>
/// <param name="StartOnSignal">Whether the batch, once migrated and seeded, prints <c>ready</c> and waits for a line on standard input.</param>
public sealed record CommandLine(string Provider, string ConnectionString, string? Batch, int Count, string Prefix, int Workers, bool StartOnSignal)
{
    /// <summary>The name of the environment variable that holds the PostgreSQL connection string.</summary>
    public const string PostgresVariable = "INCIDENTCORE_POSTGRES";

    /// <summary>How to call the sample.</summary>
    public const string Usage = """
        usage: IncidentCore.Samples.EntityFrameworkCore [--provider sqlite|postgresql] [--connection <connection string>]
               IncidentCore.Samples.EntityFrameworkCore --batch race [--count 500] [--prefix RACE] [--workers 4] [--start-on stdin] [--provider ...] [--connection ...]
        SQLite uses "Data Source=incidents-efcore.db" unless told otherwise; PostgreSQL defaults to the INCIDENTCORE_POSTGRES environment variable.
        """;

    /// <summary>Parses the arguments; <see langword="null"/> when they are not understood or no connection string is known.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The options, or <see langword="null"/>.</returns>
    public static CommandLine? Parse(string[] args)
    {
        var provider = "sqlite";
        string? connection = null;
        string? batch = null;
        var count = 500;
        var prefix = "RACE";
        var workers = 4;
        var startOnSignal = false;
        if (args.Length % 2 != 0)
        {
            return null;
        }

        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--provider" when value is "sqlite" or "postgresql": provider = value; break;
                case "--connection": connection = value; break;
                case "--batch" when value == "race": batch = value; break;
                case "--count" when int.TryParse(value, CultureInfo.InvariantCulture, out count) && count > 0: break;
                case "--prefix" when value.Length is > 0 and <= 20: prefix = value; break;
                case "--workers" when int.TryParse(value, CultureInfo.InvariantCulture, out workers) && workers > 0: break;
                case "--start-on" when value == "stdin": startOnSignal = true; break;
                default: return null;
            }
        }

        connection ??= provider == "sqlite" ? Storage.DefaultSqlite : Environment.GetEnvironmentVariable(PostgresVariable);
        return string.IsNullOrWhiteSpace(connection) ? null : new CommandLine(provider, connection, batch, count, prefix, workers, startOnSignal);
    }
}
