using System.Globalization;
using IncidentCore.Domain.Incidents;
using IncidentCore.Procedures.Incidents;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>
/// An infrastructure component in wire form, as tools return it and as a seed file holds it. Created from a seed file
/// through component creation, created_at and updated_at are not kept: the record is stamped with the time it was created.
/// </summary>
internal sealed record ComponentRecord
{
    public required string ComponentId { get; init; }

    public required string ComponentName { get; init; }

    public required string ComponentType { get; init; }

    public required string Environment { get; init; }

    public string? ProductId { get; init; }

    public string? Location { get; init; }

    public int? PortNumber { get; init; }

    public string OperationalStatus { get; init; } = "operational";

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public static ComponentRecord From(InfrastructureComponent component) => new()
    {
        ComponentId = component.ComponentId,
        ComponentName = component.ComponentName,
        ComponentType = component.ComponentType,
        Environment = component.Environment.ToWireName(),
        ProductId = component.ProductId,
        Location = component.Location,
        PortNumber = component.PortNumber,
        OperationalStatus = component.OperationalStatus.ToWireName(),
        CreatedAt = component.CreatedAt,
        UpdatedAt = component.UpdatedAt,
    };

    /// <summary>The record as component creation takes it; the procedure validates every field (the port's range too).</summary>
    public ComponentCreateRequest ToRequest() => new()
    {
        ComponentName = ComponentName,
        ComponentType = ComponentType,
        Environment = Environment,
        ProductId = ProductId,
        Location = Location,
        PortNumber = PortNumber?.ToString(CultureInfo.InvariantCulture),
        OperationalStatus = OperationalStatus,
    };
}
