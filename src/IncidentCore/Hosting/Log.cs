using Microsoft.Extensions.Logging;

namespace IncidentCore.Hosting;

/// <summary>Every log message of the library, with fixed event ids. None carries a personal value.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, EventName = "ProcedureSucceeded", Level = LogLevel.Information,
        Message = "{Operation} succeeded: {EntityType} {EntityId} by actor {ActorUserId}, allowed by {Rule}")]
    public static partial void ProcedureSucceeded(ILogger logger, string operation, string entityType, string entityId, string actorUserId, string rule);

    [LoggerMessage(EventId = 1002, EventName = "ProcedureDenied", Level = LogLevel.Warning,
        Message = "{Operation} denied for actor {ActorUserId}: {Reason}")]
    public static partial void ProcedureDenied(ILogger logger, string operation, string actorUserId, string reason);

    [LoggerMessage(EventId = 1003, EventName = "ProcedureHalted", Level = LogLevel.Information,
        Message = "{Operation} halted with {HaltCode} ({FieldErrorCount} field errors: {Fields})")]
    public static partial void ProcedureHalted(ILogger logger, string operation, string haltCode, int fieldErrorCount, string fields);

    [LoggerMessage(EventId = 1004, EventName = "StorageFailed", Level = LogLevel.Error,
        Message = "{Operation} halted: storage failed ({ExceptionType}); nothing was changed")]
    public static partial void StorageFailed(ILogger logger, string operation, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 1005, EventName = "StorageFailureEscalated", Level = LogLevel.Error,
        Message = "Escalation: {Operation} by actor {ActorUserId} could not reach storage ({ExceptionType}) at {OccurredAt:O}")]
    public static partial void StorageFailureEscalated(ILogger logger, string operation, string actorUserId, string exceptionType, DateTimeOffset occurredAt);

    [LoggerMessage(EventId = 1006, EventName = "EscalationHookFailed", Level = LogLevel.Error,
        Message = "The escalation hook failed for {Operation} ({ExceptionType})")]
    public static partial void EscalationHookFailed(ILogger logger, string operation, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 1007, EventName = "ConcurrencyRetry", Level = LogLevel.Debug,
        Message = "{Operation} retrying after a concurrent change to {EntityType} {EntityId} (attempt {Attempt})")]
    public static partial void ConcurrencyRetry(ILogger logger, string operation, string entityType, string entityId, int attempt);

    [LoggerMessage(EventId = 1008, EventName = "UnitOfWorkEndFailed", Level = LogLevel.Warning,
        Message = "Ending a unit of work failed ({ExceptionType}) after its outcome was decided; the outcome stands")]
    public static partial void UnitOfWorkEndFailed(ILogger logger, string exceptionType, Exception exception);

    [LoggerMessage(EventId = 1009, EventName = "ReadDenied", Level = LogLevel.Warning,
        Message = "{Operation} denied for actor {ActorUserId}: {Reason}")]
    public static partial void ReadDenied(ILogger logger, string operation, string actorUserId, string reason);

    [LoggerMessage(EventId = 1010, EventName = "ReadSucceeded", Level = LogLevel.Debug,
        Message = "{Operation}: a {EntityType} read by actor {ActorUserId}, allowed by {Rule}")]
    public static partial void ReadSucceeded(ILogger logger, string operation, string entityType, string actorUserId, string rule);

    [LoggerMessage(EventId = 1011, EventName = "StorageFailedOutcomeUnknown", Level = LogLevel.Error,
        Message = "{Operation} halted: storage failed while committing ({ExceptionType}); the change may or may not have been saved")]
    public static partial void StorageFailedOutcomeUnknown(ILogger logger, string operation, string exceptionType, Exception exception);
}
