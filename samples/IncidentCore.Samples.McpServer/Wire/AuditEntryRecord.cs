using IncidentCore.Domain;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>An audit entry in wire form: who, what, when, the outcome and which fields changed; never a personal value.</summary>
internal sealed record AuditEntryRecord(
    string AuditId,
    string Action,
    string EntityType,
    string? EntityId,
    string ActorUserId,
    DateTimeOffset CreatedAt,
    string Outcome,
    string Reason,
    IReadOnlyList<string> ChangedFields,
    IReadOnlyList<AuditValueChange> ValueChanges)
{
    public static AuditEntryRecord From(AuditEntry entry) => new(
        entry.AuditId,
        entry.Action.ToWireName(),
        entry.EntityType.ToWireName(),
        entry.EntityId,
        entry.ActorUserId,
        entry.CreatedAt,
        entry.Outcome.ToWireName(),
        entry.Reason,
        entry.ChangedFields,
        entry.ValueChanges);
}
