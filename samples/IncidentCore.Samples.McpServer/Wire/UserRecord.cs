using IncidentCore.Domain;

namespace IncidentCore.Samples.McpServer.Wire;

/// <summary>A user in wire form, as tools return it and as a seed file holds it.</summary>
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

    public User ToDomain(DateTimeOffset loadedAt) => new()
    {
        UserId = UserId,
        Name = Name,
        Email = Email,
        Role = WireValue.Parse(WireNames.UserRole, Role, "role"),
        Department = Department,
        ClientId = ClientId,
        VendorId = VendorId,
        Timezone = Timezone,
        Status = WireValue.Parse(WireNames.UserStatus, Status, "status"),
        CreatedAt = CreatedAt ?? loadedAt,
        UpdatedAt = UpdatedAt ?? CreatedAt ?? loadedAt,
    };
}
