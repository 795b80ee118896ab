using System.Diagnostics;
using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Pipeline;
using Microsoft.Extensions.Logging;

namespace IncidentCore.Hosting;

/// <summary>How calls end, told to the host: <see cref="Log"/> events with fixed ids, one activity per call, and the calls counter.</summary>
internal sealed class ProcedureTelemetry(ILogger logger) : IProcedureEvents
{
    public Activity? Start(Operation operation)
    {
        if (!IncidentCoreDiagnostics.ActivitySource.HasListeners())
        {
            return null;
        }

        var activity = IncidentCoreDiagnostics.ActivitySource.StartActivity(operation.ToWireName());
        activity?.SetTag("incidentcore.operation", operation.ToWireName());
        return activity;
    }

    public void Succeeded(Operation operation, Activity? activity, EntityType entityType, string entityId, string actorUserId, string rule)
    {
        Log.ProcedureSucceeded(logger, operation.ToWireName(), entityType.ToWireName(), entityId, actorUserId, rule);
        Count(operation, "succeeded", activity);
    }

    public void Read(Operation operation, Activity? activity, EntityType entityType, string actorUserId, string rule)
    {
        Log.ReadSucceeded(logger, operation.ToWireName(), entityType.ToWireName(), actorUserId, rule);
        Count(operation, "succeeded", activity);
    }

    public void Halted(Operation operation, Activity? activity, HaltCode code, IReadOnlyList<FieldError>? errors, SopDefinition sop)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            Log.ProcedureHalted(logger, operation.ToWireName(), code.ToWireName(), errors?.Count ?? 0, KnownFieldNames(errors, sop));
        }

        Count(operation, code.ToWireName(), activity);
    }

    public void Denied(Operation operation, Activity? activity, string actorUserId, string reason)
    {
        Log.ProcedureDenied(logger, operation.ToWireName(), actorUserId, reason);
        Count(operation, HaltCode.Unauthorized.ToWireName(), activity);
    }

    public void ReadDenied(Operation operation, Activity? activity, string actorUserId, string reason)
    {
        Log.ReadDenied(logger, operation.ToWireName(), actorUserId, reason);
        Count(operation, HaltCode.Unauthorized.ToWireName(), activity);
    }

    public void StorageFailed(Operation operation, Activity? activity, Exception exception, bool outcomeUnknown)
    {
        var exceptionType = exception.GetType().Name;
        if (outcomeUnknown)
        {
            Log.StorageFailedOutcomeUnknown(logger, operation.ToWireName(), exceptionType, exception);
        }
        else
        {
            Log.StorageFailed(logger, operation.ToWireName(), exceptionType, exception);
        }

        activity?.SetStatus(ActivityStatusCode.Error, exceptionType);
        Count(operation, HaltCode.StorageFailure.ToWireName(), activity);
    }

    public void EscalationHookFailed(Operation operation, Exception exception) =>
        Log.EscalationHookFailed(logger, operation.ToWireName(), exception.GetType().Name, exception);

    public void ConcurrencyRetry(Operation operation, EntityType entityType, string? entityId, int attempt) =>
        Log.ConcurrencyRetry(logger, operation.ToWireName(), entityType.ToWireName(), entityId ?? "(new)", attempt);

    public void UnitOfWorkEndFailed(Exception exception) => Log.UnitOfWorkEndFailed(logger, exception.GetType().Name, exception);

    private static void Count(Operation operation, string outcome, Activity? activity)
    {
        if (IncidentCoreDiagnostics.Calls.Enabled)
        {
            IncidentCoreDiagnostics.Calls.Add(1,
                new KeyValuePair<string, object?>("operation", operation.ToWireName()),
                new KeyValuePair<string, object?>("outcome", outcome));
        }

        activity?.SetTag("incidentcore.outcome", outcome);
    }

    /// <summary>Only names the SOP itself defines reach the log; a name the caller made up is not repeated.</summary>
    private static string KnownFieldNames(IReadOnlyList<FieldError>? errors, SopDefinition sop)
    {
        if (errors is null || errors.Count == 0)
        {
            return "none";
        }

        var names = new List<string>(errors.Count);
        foreach (var error in errors)
        {
            var known = error.Field is "actor_user_id" or "change_set" || error.Field == sop.IdField || sop.Find(error.Field) is not null
                || DomainFields.For(sop.EntityType)?.Find(error.Field) is not null;
            names.Add(known ? error.Field : "(unknown field)");
        }

        return string.Join(", ", names);
    }
}
