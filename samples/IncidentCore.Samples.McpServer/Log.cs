namespace IncidentCore.Samples.McpServer;

/// <summary>The server's log messages, with fixed event ids and no personal data (never argument values).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Tool {Tool} refused {ErrorCount} invalid argument(s) before running.")]
    public static partial void ArgumentsRefused(ILogger logger, string tool, int errorCount);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "Tool {Tool} failed with {ExceptionType}; answered storage_failure.")]
    public static partial void ToolFailed(ILogger logger, string tool, string exceptionType);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Serving IncidentCore tools as user {ActorUserId} on {Storage}.")]
    public static partial void Serving(ILogger logger, string actorUserId, string storage);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Seed file imported: {Imported} new record(s), {AlreadyPresent} already stored.")]
    public static partial void SeedImported(ILogger logger, int imported, int alreadyPresent);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Seed file's products, components and incidents created by user {SeedActorUserId}: {Created} new record(s), {AlreadyPresent} already stored.")]
    public static partial void SeedRecordsCreated(ILogger logger, string seedActorUserId, int created, int alreadyPresent);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "The store holds no change or rollback requests: the change and rollback tools are not offered.")]
    public static partial void ApprovalToolsNotOffered(ILogger logger);
}
