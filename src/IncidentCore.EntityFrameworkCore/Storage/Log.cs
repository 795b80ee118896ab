using Microsoft.Extensions.Logging;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>Every log message of the Entity Framework Core store, with fixed event ids (4001 and up). None carries a value of a record.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, EventName = "CommitDuplicate", Level = LogLevel.Debug,
        Message = "Commit refused: a unique index refused a row, the key of {Field} is taken; nothing was written")]
    public static partial void CommitDuplicate(ILogger logger, string field);

    [LoggerMessage(EventId = 4002, EventName = "CommitConflict", Level = LogLevel.Debug,
        Message = "Commit refused: {Reason}; nothing was written")]
    public static partial void CommitConflict(ILogger logger, string reason);

    [LoggerMessage(EventId = 4003, EventName = "CommitOutcomeUnknown", Level = LogLevel.Warning,
        Message = "The commit failed after it was sent ({ExceptionType}): the change may or may not have been written")]
    public static partial void CommitOutcomeUnknown(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 4004, EventName = "UnrecognisedDatabaseError", Level = LogLevel.Warning,
        Message = "Saving failed with a database error ({ExceptionType}) that the error classifier ({Classifier}) did not recognise; nothing was written")]
    public static partial void UnrecognisedDatabaseError(ILogger logger, string exceptionType, string classifier);

    [LoggerMessage(EventId = 4005, EventName = "RollbackFailed", Level = LogLevel.Warning,
        Message = "Rolling back a refused commit failed ({ExceptionType}); the database ends the transaction with the connection")]
    public static partial void RollbackFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 4006, EventName = "ParticipantsCalled", Level = LogLevel.Trace,
        Message = "{Count} commit participants added their rows to a commit of {Records} records")]
    public static partial void ParticipantsCalled(ILogger logger, int count, int records);
}
