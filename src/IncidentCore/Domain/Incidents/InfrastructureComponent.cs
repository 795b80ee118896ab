namespace IncidentCore.Domain.Incidents;

/// <summary>A piece of infrastructure a product runs on (the <c>infrastructure_components</c> record).</summary>
public sealed record InfrastructureComponent
{
    /// <summary>component_id: the record's id.</summary>
    public required string ComponentId { get; init; }

    /// <summary>component_name: unique within its product, compared by its normalised key.</summary>
    public required string ComponentName { get; init; }

    /// <summary>component_type: free text.</summary>
    public required string ComponentType { get; init; }

    /// <summary>environment: where it runs.</summary>
    public required ComponentEnvironment Environment { get; init; }

    /// <summary>product_id: the product it belongs to, if any.</summary>
    public string? ProductId { get; init; }

    /// <summary>location: free text.</summary>
    public string? Location { get; init; }

    /// <summary>port_number: 1 to 65535.</summary>
    public int? PortNumber { get; init; }

    /// <summary>operational_status: <see cref="OperationalStatus.Operational"/> unless stated otherwise.</summary>
    public OperationalStatus OperationalStatus { get; init; } = OperationalStatus.Operational;

    /// <summary>created_at (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>updated_at (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Concurrency version: 1 when created, one more on every update.</summary>
    public long Version { get; init; } = 1;
}
