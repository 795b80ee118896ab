using IncidentCore.Domain.Incidents;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>An incident in wire form.</summary>
internal sealed record IncidentResponse(
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
    public static IncidentResponse From(Incident incident) => new(
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
