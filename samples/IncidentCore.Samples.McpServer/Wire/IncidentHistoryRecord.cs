using IncidentCore.Domain.Incidents;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>One history row of an incident in wire form: who changed which field when; old and new values only for enumerations and ids.</summary>
internal sealed record IncidentHistoryRecord(
    string UpdateId,
    string UpdatedByUser,
    string UpdateType,
    string FieldChanged,
    string? OldValue,
    string? NewValue,
    DateTimeOffset CreatedAt)
{
    public static IncidentHistoryRecord From(IncidentHistoryEntry entry) => new(
        entry.UpdateId,
        entry.UpdatedByUser,
        entry.UpdateType.ToWireName(),
        entry.FieldChanged,
        entry.OldValue,
        entry.NewValue,
        entry.CreatedAt);
}
