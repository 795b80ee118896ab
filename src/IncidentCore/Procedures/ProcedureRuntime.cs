using System.Diagnostics;
using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Hosting;
using IncidentCore.Policy;
using IncidentCore.Ports;
using IncidentCore.Procedures.Validation;
using Microsoft.Extensions.Logging;

namespace IncidentCore.Procedures;

/// <summary>
/// What every procedure shares: storage, ids, the policy engine, the clock, and the steps that end a call
/// (success, halt, denial, storage failure) with their logging, metrics and audit.
/// </summary>
internal sealed class ProcedureRuntime(
    IUnitOfWorkFactory store,
    IIdGenerator ids,
    PolicyEngine policy,
    IncidentCoreOptions options,
    TimeProvider time,
    ILogger logger,
    IEscalationHook escalation)
{
    public IUnitOfWorkFactory Store { get; } = new OutcomePreservingStore(store, logger);

    public IIdGenerator Ids { get; } = ids;

    public PolicyEngine Policy { get; } = policy;

    public IncidentCoreOptions Options { get; } = options;

    public TimeProvider Time { get; } = time;

    public ILogger Logger { get; } = logger;

    public static bool IsStorageFailure(Exception exception, CancellationToken cancellationToken) =>
        !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested);

    public static Activity? StartActivity(Operation operation)
    {
        var activity = IncidentCoreDiagnostics.ActivitySource.StartActivity(operation.ToWireName());
        activity?.SetTag("incidentcore.operation", operation.ToWireName());
        return activity;
    }

    public SopResult<T> Succeeded<T>(Operation operation, Activity? activity, T value, EntityType entityType, string entityId, string actorUserId, in AuthorizationDecision decision)
    {
        Log.ProcedureSucceeded(Logger, operation.ToWireName(), entityType.ToWireName(), entityId, actorUserId, decision.Reason);
        Count(operation, "succeeded", activity);
        return SopResult<T>.Success(value);
    }

    public Halt ValidationFailed(Operation operation, Activity? activity, FieldValidator validator)
    {
        var count = validator.Errors.Count;
        return Halted(operation, activity, HaltCode.ValidationFailed,
            count == 1 ? $"Invalid input: {validator.Errors[0].Message}" : $"{count} inputs are missing or invalid; see the field errors.",
            validator.Errors);
    }

    public Halt Halted(Operation operation, Activity? activity, HaltCode code, string message, IReadOnlyList<FieldError>? errors = null)
    {
        if (Logger.IsEnabled(LogLevel.Information))
        {
            Log.ProcedureHalted(Logger, operation.ToWireName(), code.ToWireName(), errors?.Count ?? 0, KnownFieldNames(errors));
        }

        Count(operation, code.ToWireName(), activity);
        return new Halt(code, message, errors);
    }

    public Halt CommitRefused(Operation operation, Activity? activity, CommitResult commit, Func<string, string>? inputFieldOf = null)
    {
        if (commit.Status == CommitStatus.Duplicate)
        {
            var field = commit.DuplicateField ?? "unknown";
            field = inputFieldOf?.Invoke(field) ?? field;
            return Halted(operation, activity, HaltCode.Duplicate, $"{field} is already in use by another record; nothing was changed.",
                [new FieldError(field, "duplicate", $"{field} is already in use.")]);
        }

        return Halted(operation, activity, HaltCode.Conflict, "The record kept changing under concurrent updates; nothing was changed. Try again.");
    }

    public async ValueTask<Halt> DenyAsync(
        IUnitOfWork work,
        Operation operation,
        Activity? activity,
        AuthorizationDecision decision,
        string actorUserId,
        AuditAction action,
        EntityType entityType,
        string? entityId,
        CancellationToken cancellationToken)
    {
        if (Options.AuditDenials)
        {
            work.AuditTrail.Append(new AuditEntry
            {
                AuditId = Ids.NewAuditId(),
                Action = action,
                EntityType = entityType,
                EntityId = entityId,
                ActorUserId = actorUserId,
                CreatedAt = Time.GetUtcNow(),
                Outcome = AuditOutcome.Denied,
                Reason = decision.Reason,
            });
            await work.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        Log.ProcedureDenied(Logger, operation.ToWireName(), actorUserId, decision.Reason);
        Count(operation, HaltCode.Unauthorized.ToWireName(), activity);
        return new Halt(HaltCode.Unauthorized, DenialMessages.For(operation, decision), null, decision.DenialReason);
    }

    public async ValueTask<Halt> StorageFailedAsync(Operation operation, Activity? activity, string actorUserId, Exception exception)
    {
        var exceptionType = exception.GetType().Name;
        Log.StorageFailed(Logger, operation.ToWireName(), exceptionType, exception);
        activity?.SetStatus(ActivityStatusCode.Error, exceptionType);
        try
        {
            await escalation.EscalateAsync(new StorageFailure(operation, actorUserId, exception, Time.GetUtcNow()), CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A failing escalation hook must never turn a clean halt into an exception.
        catch (Exception hookFailure)
#pragma warning restore CA1031
        {
            Log.EscalationHookFailed(Logger, operation.ToWireName(), hookFailure.GetType().Name, hookFailure);
        }

        Count(operation, HaltCode.StorageFailure.ToWireName(), activity);
        return new Halt(HaltCode.StorageFailure,
            $"{Describe(operation)} failed because storage failed; nothing was changed and the failure has been escalated.");
    }

    public AuditEntry SuccessEntry(
        AuditAction action,
        EntityType entityType,
        string entityId,
        string actorUserId,
        in AuthorizationDecision decision,
        DateTimeOffset now,
        IReadOnlyList<string> changedFields,
        IReadOnlyList<AuditValueChange> valueChanges) => new()
        {
            AuditId = Ids.NewAuditId(),
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            ActorUserId = actorUserId,
            CreatedAt = now,
            Outcome = AuditOutcome.Succeeded,
            Reason = decision.Reason,
            ChangedFields = changedFields,
            ValueChanges = valueChanges,
        };

    public void ConcurrencyRetry(Operation operation, EntityType entityType, string entityId, int attempt) =>
        Log.ConcurrencyRetry(Logger, operation.ToWireName(), entityType.ToWireName(), entityId, attempt);

    public static string Describe(Operation operation) => operation switch
    {
        Operation.ClientOnboarding => "Client onboarding",
        Operation.ClientUpdate => "Client update",
        Operation.UserRegistration => "User registration",
        Operation.UserUpdate => "User update",
        Operation.VendorRegistration => "Vendor registration",
        _ => operation.ToString(),
    };

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

    private static string KnownFieldNames(IReadOnlyList<FieldError>? errors)
    {
        if (errors is null || errors.Count == 0)
        {
            return "none";
        }

        var names = new List<string>(errors.Count);
        foreach (var error in errors)
        {
            // Only names the library itself defines reach the log; an unknown field name came from the caller.
            names.Add(IsKnownFieldName(error.Field) ? error.Field : "(unknown field)");
        }

        return string.Join(", ", names);
    }

    private static bool IsKnownFieldName(string field) =>
        field is FieldNames.ActorUserId or FieldNames.ChangeSet or "vendor_email" or "vendor_phone"
        || DomainFields.Client.Find(field) is not null
        || DomainFields.User.Find(field) is not null
        || DomainFields.Vendor.Find(field) is not null;
}
