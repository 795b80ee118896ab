namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>
/// The command line: the acting user for the whole session (never a tool argument), and where the data lives.
/// </summary>
internal sealed record ServerArguments(string ActorUserId, string? SeedPath, string? DatabasePath)
{
    public const string Usage =
        "usage: IncidentCore.Samples.McpServer --actor-user-id <user_id> [--seed <data.json>] [--db <incidents.db>]";

    /// <summary>Parses the command line, or returns the reason it cannot.</summary>
    public static ServerArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        string? actor = null, seed = null, database = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--actor-user-id" when value is not null: actor = value; i++; break;
                case "--seed" when value is not null: seed = value; i++; break;
                case "--db" when value is not null: database = value; i++; break;
                default:
                    error = $"Unexpected argument '{args[i]}'.";
                    return null;
            }
        }

        if (string.IsNullOrWhiteSpace(actor))
        {
            error = "--actor-user-id is required: the session acts as that user, and tools cannot change it.";
            return null;
        }

        error = null;
        return new ServerArguments(actor.Trim(), seed, database);
    }
}
