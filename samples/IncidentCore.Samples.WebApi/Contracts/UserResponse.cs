using IncidentCore.Domain;

namespace IncidentCore.Samples.WebApi.Contracts;

/// <summary>A user in wire form.</summary>
internal sealed record UserResponse(
    string UserId,
    string Name,
    string Email,
    string Role,
    string? Department,
    string? ClientId,
    string? VendorId,
    string Timezone,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static UserResponse From(User user) => new(
        user.UserId,
        user.Name,
        user.Email,
        user.Role.ToWireName(),
        user.Department,
        user.ClientId,
        user.VendorId,
        user.Timezone,
        user.Status.ToWireName(),
        user.CreatedAt,
        user.UpdatedAt);
}
