using IncidentCore.Domain;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>An audit entry in wire form: who, what, when, the outcome and which fields changed; never a personal value.</summary>
internal sealed record AuditEntryResponse(
    string AuditId,
    string Action,
    string EntityType,
    string? EntityId,
    string ActorUserId,
    DateTimeOffset CreatedAt,
    string Outcome,
    string Reason,
    IReadOnlyList<string> ChangedFields,
    IReadOnlyList<AuditValueChangeResponse> ValueChanges)
{
    public static AuditEntryResponse From(AuditEntry entry) => new(
        entry.AuditId,
        entry.Action.ToWireName(),
        entry.EntityType.ToWireName(),
        entry.EntityId,
        entry.ActorUserId,
        entry.CreatedAt,
        entry.Outcome.ToWireName(),
        entry.Reason,
        entry.ChangedFields,
        [.. entry.ValueChanges.Select(c => new AuditValueChangeResponse(c.Field, c.OldValue, c.NewValue))]);
}
