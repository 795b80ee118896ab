using System.Diagnostics;
using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures.Definitions;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>
/// Where the pipeline reports how calls end: logging, tracing and metrics sit behind this, so the procedures do not
/// depend on the hosting layer. Nothing passed here is a personal value.
/// </summary>
internal interface IProcedureEvents
{
    Activity? Start(Operation operation);

    void Succeeded(Operation operation, Activity? activity, EntityType entityType, string entityId, string actorUserId, string rule);

    void Read(Operation operation, Activity? activity, EntityType entityType, string actorUserId, string rule);

    void Halted(Operation operation, Activity? activity, HaltCode code, IReadOnlyList<FieldError>? errors, SopDefinition sop);

    void Denied(Operation operation, Activity? activity, string actorUserId, string reason);

    void ReadDenied(Operation operation, Activity? activity, string actorUserId, string reason);

    void StorageFailed(Operation operation, Activity? activity, Exception exception, bool outcomeUnknown);

    void EscalationHookFailed(Operation operation, Exception exception);

    void ConcurrencyRetry(Operation operation, EntityType entityType, string? entityId, int attempt);

    void UnitOfWorkEndFailed(Exception exception);
}
