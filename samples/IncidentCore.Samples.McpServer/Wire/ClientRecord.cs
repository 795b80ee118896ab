using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Import;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>
/// A client in wire form, as tools return it and as a seed file holds it. Imported from a seed file, created_at and
/// updated_at are not kept: the registry import stamps the time of the import.
/// </summary>
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

    /// <summary>The record as the registry import takes it: its id kept, its fields validated as onboarding validates them.</summary>
    public ImportedRecord<ClientOnboardingRequest> ToImport() => new(ClientId, new ClientOnboardingRequest
    {
        ClientName = ClientName,
        RegistrationNumber = RegistrationNumber,
        ContactEmail = ContactEmail,
        ClientType = ClientType,
        Industry = Industry,
        Country = Country,
        Status = Status,
    });
}
