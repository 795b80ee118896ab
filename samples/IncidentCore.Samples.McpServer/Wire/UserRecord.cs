using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Import;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>
/// A user in wire form, as tools return it and as a seed file holds it. Imported from a seed file, created_at and
/// updated_at are not kept: the registry import stamps the time of the import.
/// </summary>
internal sealed record UserRecord
{
    public required string UserId { get; init; }

    public required string Name { get; init; }

    public required string Email { get; init; }

    public required string Role { get; init; }

    public string? Department { get; init; }

    public string? ClientId { get; init; }

    public string? VendorId { get; init; }

    public string Timezone { get; init; } = "UTC";

    public string Status { get; init; } = "active";

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public static UserRecord From(User user) => new()
    {
        UserId = user.UserId,
        Name = user.Name,
        Email = user.Email,
        Role = user.Role.ToWireName(),
        Department = user.Department,
        ClientId = user.ClientId,
        VendorId = user.VendorId,
        Timezone = user.Timezone,
        Status = user.Status.ToWireName(),
        CreatedAt = user.CreatedAt,
        UpdatedAt = user.UpdatedAt,
    };

    /// <summary>The record as the registry import takes it: its id kept, its fields validated as registration validates them.</summary>
    public ImportedRecord<UserRegistrationRequest> ToImport() => new(UserId, new UserRegistrationRequest
    {
        Name = Name,
        Email = Email,
        Role = Role,
        Department = Department,
        ClientId = ClientId,
        VendorId = VendorId,
        Timezone = Timezone,
        Status = Status,
    });
}
