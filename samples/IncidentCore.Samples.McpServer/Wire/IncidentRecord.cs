using IncidentCore.Domain.Incidents;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>An incident in wire form, as tools return it.</summary>
internal sealed record IncidentRecord(
    string IncidentId,
    string Title,
    string Category,
    string Severity,
    string ImpactLevel,
    string UrgencyLevel,
    string ClientId,
    string ComponentId,
    string ReporterUserId,
    string? AssignedToUserId,
    DateTimeOffset DetectionTimestamp,
    DateTimeOffset? ResolutionTimestamp,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static IncidentRecord From(Incident incident) => new(
        incident.IncidentId,
        incident.Title,
        incident.Category,
        incident.Severity.ToWireName(),
        incident.ImpactLevel.ToWireName(),
        incident.UrgencyLevel.ToWireName(),
        incident.ClientId,
        incident.ComponentId,
        incident.ReporterUserId,
        incident.AssignedToUserId,
        incident.DetectionTimestamp,
        incident.ResolutionTimestamp,
        incident.Status.ToWireName(),
        incident.CreatedAt,
        incident.UpdatedAt);
}
