using IncidentCore.Domain.Incidents;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>An infrastructure component in wire form.</summary>
internal sealed record ComponentResponse(
    string ComponentId,
    string ComponentName,
    string ComponentType,
    string Environment,
    string? ProductId,
    string? Location,
    int? PortNumber,
    string OperationalStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ComponentResponse From(InfrastructureComponent component) => new(
        component.ComponentId,
        component.ComponentName,
        component.ComponentType,
        component.Environment.ToWireName(),
        component.ProductId,
        component.Location,
        component.PortNumber,
        component.OperationalStatus.ToWireName(),
        component.CreatedAt,
        component.UpdatedAt);
}
