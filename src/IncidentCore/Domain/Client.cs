namespace IncidentCore.Domain;

/// <summary>An organisation served by the incident-management system (the <c>clients</c> record).</summary>
public sealed record Client
{
    /// <summary>client_id: the record's id.</summary>
    public required string ClientId { get; init; }

    /// <summary>client_name: the organisation's name.</summary>
    public required string ClientName { get; init; }

    /// <summary>registration_number: unique among clients, compared without case and surrounding spaces.</summary>
    public required string RegistrationNumber { get; init; }

    /// <summary>contact_email: unique among clients, compared without case and surrounding spaces.</summary>
    public required string ContactEmail { get; init; }

    /// <summary>client_type.</summary>
    public required ClientType ClientType { get; init; }

    /// <summary>industry: optional free text.</summary>
    public string? Industry { get; init; }

    /// <summary>country: optional free text.</summary>
    public string? Country { get; init; }

    /// <summary>status: <see cref="ClientStatus.Active"/> unless stated otherwise.</summary>
    public ClientStatus Status { get; init; } = ClientStatus.Active;

    /// <summary>created_at (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>updated_at (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Concurrency version: 1 when created, one more on every update. Stores use it to refuse lost updates.</summary>
    public long Version { get; init; } = 1;
}
