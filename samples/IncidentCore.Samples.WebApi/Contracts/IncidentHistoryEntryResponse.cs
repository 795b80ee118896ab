using IncidentCore.Domain.Incidents;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>One history row of an incident: which field changed, and for enumerations and ids its old and new value.</summary>
internal sealed record IncidentHistoryEntryResponse(
    string UpdateId,
    string UpdatedByUser,
    string UpdateType,
    string FieldChanged,
    string? OldValue,
    string? NewValue,
    DateTimeOffset CreatedAt)
{
    public static IncidentHistoryEntryResponse From(IncidentHistoryEntry entry) => new(
        entry.UpdateId,
        entry.UpdatedByUser,
        entry.UpdateType.ToWireName(),
        entry.FieldChanged,
        entry.OldValue,
        entry.NewValue,
        entry.CreatedAt);
}
