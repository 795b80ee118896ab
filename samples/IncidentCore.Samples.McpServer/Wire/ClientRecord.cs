using IncidentCore.Domain;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>A client in wire form, as tools return it and as a seed file holds it.</summary>
internal sealed record ClientRecord
{
    public required string ClientId { get; init; }

    public required string ClientName { get; init; }

    public required string RegistrationNumber { get; init; }

    public required string ContactEmail { get; init; }

    public required string ClientType { get; init; }

    public string? Industry { get; init; }

    public string? Country { get; init; }

    public string Status { get; init; } = "active";

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public static ClientRecord From(Client client) => new()
    {
        ClientId = client.ClientId,
        ClientName = client.ClientName,
        RegistrationNumber = client.RegistrationNumber,
        ContactEmail = client.ContactEmail,
        ClientType = client.ClientType.ToWireName(),
        Industry = client.Industry,
        Country = client.Country,
        Status = client.Status.ToWireName(),
        CreatedAt = client.CreatedAt,
        UpdatedAt = client.UpdatedAt,
    };

    public Client ToDomain(DateTimeOffset loadedAt) => new()
    {
        ClientId = ClientId,
        ClientName = ClientName,
        RegistrationNumber = RegistrationNumber,
        ContactEmail = ContactEmail,
        ClientType = WireValue.Parse(WireNames.ClientType, ClientType, "client_type"),
        Industry = Industry,
        Country = Country,
        Status = WireValue.Parse(WireNames.ClientStatus, Status, "status"),
        CreatedAt = CreatedAt ?? loadedAt,
        UpdatedAt = UpdatedAt ?? CreatedAt ?? loadedAt,
    };
}
