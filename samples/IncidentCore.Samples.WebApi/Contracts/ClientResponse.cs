using IncidentCore.Domain;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>A client in wire form.</summary>
internal sealed record ClientResponse(
    string ClientId,
    string ClientName,
    string RegistrationNumber,
    string ContactEmail,
    string ClientType,
    string? Industry,
    string? Country,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ClientResponse From(Client client) => new(
        client.ClientId,
        client.ClientName,
        client.RegistrationNumber,
        client.ContactEmail,
        client.ClientType.ToWireName(),
        client.Industry,
        client.Country,
        client.Status.ToWireName(),
        client.CreatedAt,
        client.UpdatedAt);
}
