namespace IncidentCore.Procedures.Incidents;

/// <summary>The inputs of component creation, in wire form. Required: component_name, component_type, environment.</summary>
public sealed record ComponentCreateRequest
{
    /// <summary>component_name (required, unique within its product).</summary>
    public string? ComponentName { get; init; }

    /// <summary>component_type (required, free text).</summary>
    public string? ComponentType { get; init; }

    /// <summary>environment (required): production, staging, development or testing.</summary>
    public string? Environment { get; init; }

    /// <summary>product_id (optional): a product that exists.</summary>
    public string? ProductId { get; init; }

    /// <summary>location (optional, free text).</summary>
    public string? Location { get; init; }

    /// <summary>port_number (optional): 1 to 65535, in decimal.</summary>
    public string? PortNumber { get; init; }

    /// <summary>operational_status (optional): operational (default), degraded, offline or maintenance.</summary>
    public string? OperationalStatus { get; init; }
}
